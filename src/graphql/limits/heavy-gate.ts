import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, SelectionSetNode } from 'graphql';
import type { RequestContext } from '../context.ts';
import { estimatedCost } from './cost-limit.ts';
import { rateLimitError } from './limit-error.ts';

/**
 * Root fields whose statements read far more than they return (full-text search, walks,
 * shortest paths, the audit, facet counts): each can keep a Neo4j connection and a core busy
 * for a long time, so only a few run at once, whatever the in-flight limits allow.
 */
export const HEAVY_ROOT_FIELDS: ReadonlySet<string> = new Set(['search', 'neighborhood', 'paths', 'audit', 'facets']);

/** A counting semaphore whose waiters queue in order and give up after a wait. */
export class Gate {
  #free: number;
  readonly #waiting: Array<() => void> = [];

  constructor(size: number) {
    this.#free = size;
  }

  /** Resolves to the release function, or to undefined if no slot came free within `waitMs`. */
  acquire(waitMs: number): Promise<(() => void) | undefined> {
    if (this.#free > 0) {
      this.#free -= 1;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(this.#releaser());
      };
      const timer = setTimeout(() => {
        this.#waiting.splice(this.#waiting.indexOf(wake), 1);
        resolve(undefined);
      }, waitMs);
      this.#waiting.push(wake);
    });
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The slot passes straight to the next waiter, if any.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free += 1;
    };
  }
}

/** Whether a root selection set asks for a heavy field, through fragments too (a spread at the root must not slip past). */
function selectsHeavyRoot(set: SelectionSetNode, document: DocumentNode, heavyNow: (field: string) => boolean, seen = new Set<string>()): boolean {
  return set.selections.some((s) => {
    if (s.kind === 'Field') return HEAVY_ROOT_FIELDS.has(s.name.value) && heavyNow(s.name.value);
    if (s.kind === 'InlineFragment') return selectsHeavyRoot(s.selectionSet, document, heavyNow, seen);
    if (seen.has(s.name.value)) return false;
    seen.add(s.name.value);
    const fragment = document.definitions.find((d) => d.kind === 'FragmentDefinition' && d.name.value === s.name.value);
    return fragment?.kind === 'FragmentDefinition' && selectsHeavyRoot(fragment.selectionSet, document, heavyNow, seen);
  });
}

/**
 * Holds a heavy request, one that selects a heavy root field or whose estimated cost is over
 * `heavyCost`, until one of GRAPHQL_MAX_HEAVY_IN_FLIGHT slots is free (for at most `waitMs`,
 * then 429 OVERLOADED with Retry-After), and frees the slot when the answer is sent. The cost
 * counts because aliases make any field heavy: the burst scenario's provenance and citation
 * trees near the cost limit, 32 at a time, starved a cheap probe for seconds. Admitted, a heavy
 * request's statements then queue for GRAPHQL_MAX_HEAVY_STATEMENTS slots shared by all heavy
 * requests: graphql-js resolves a request's aliases at once, so four heavy requests of nine
 * aliases each ran 36 statements together, each a Neo4j thread on the same two cores as a cheap
 * request's one (GraphReader.queueBehind). `heavyNow` may
 * excuse a heavy root field for the moment (the audit, once its report is cached).
 */
export function heavyGatePlugin(
  limits: { maxHeavyInFlight: number; maxHeavyStatements: number },
  waitMs: number,
  heavyCost: number,
  heavyNow: (field: string) => boolean = () => true,
): ApolloServerPlugin<RequestContext> {
  const { maxHeavyInFlight } = limits;
  const gate = new Gate(maxHeavyInFlight);
  const statements = new Gate(limits.maxHeavyStatements);
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          const heavy = (estimatedCost.get(request) ?? 0) > heavyCost || (operation !== undefined && selectsHeavyRoot(operation.selectionSet, document, heavyNow));
          if (!heavy) return;
          release = await gate.acquire(waitMs);
          if (!release) {
            throw rateLimitError('maxHeavyInFlight', maxHeavyInFlight, undefined, `every slot for heavy requests (search, neighborhood, paths, audit, facets, or a cost over ${heavyCost}) stayed busy for ${waitMs} ms; retry shortly`, 1, 'OVERLOADED');
          }
          contextValue.reader.queueBehind(statements);
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
