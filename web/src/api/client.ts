/**
 * The one way the explorer talks to the API: POST /graphql with a typed operation generated
 * by graphql-codegen (web/src/generated, documents as strings). Every failure becomes an
 * ApiError with a message fit for the page; nothing is thrown raw and no stack reaches it.
 */
import type { TypedDocumentString } from '../generated/graphql.ts';

const ENDPOINT = '/graphql';
/** A request that takes longer than this is reported instead of spinning for ever. */
const TIMEOUT_MS = 20_000;

export interface GraphQLErrorItem {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

export class ApiError extends Error {
  constructor(
    message: string,
    /** The API's error code (NOT_FOUND, BAD_USER_INPUT, ...) or NETWORK / TIMEOUT / HTTP. */
    readonly code: string,
  ) {
    super(message);
  }

  get notFound(): boolean {
    return this.code === 'NOT_FOUND';
  }
}

export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    if (timeout.aborted) throw new ApiError(`The API did not answer within ${TIMEOUT_MS / 1000} s.`, 'TIMEOUT');
    throw new ApiError('The API could not be reached. Is the service running?', 'NETWORK');
  }
  const body = await readJson(response);
  const errors = body?.errors as GraphQLErrorItem[] | undefined;
  if (errors?.length) throw toApiError(errors);
  if (!response.ok || !body?.data) {
    throw new ApiError(`The API answered HTTP ${response.status} ${response.statusText}.`.trim(), 'HTTP');
  }
  return body.data as Result;
}

/** The first error decides: a NOT_FOUND anywhere means the page's subject is unknown. */
function toApiError(errors: GraphQLErrorItem[]): ApiError {
  const first = errors.find((e) => e.extensions?.code === 'NOT_FOUND') ?? errors[0]!;
  return new ApiError(first.message, first.extensions?.code ?? 'ERROR');
}

async function readJson(response: Response): Promise<any> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
