import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLCompositeType, GraphQLError, GraphQLField, GraphQLSchema } from 'graphql';
// The package's ESM build imports graphql's .mjs files, a second copy of graphql beside the
// CommonJS one that Apollo and this code load ("from another module or realm"); its CommonJS
// build shares ours.
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity/cjs';
import type { RequestContext } from '../context.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/page-args.ts';
import { badUserInput } from '../errors/user-errors.ts';
import type { GraphQLLimits } from '../../config.ts';
import { argumentLimitsEstimator } from './argument-limits.ts';
import { limitError } from './limit-error.ts';

/** What a plain list (bounded by the model: a therapy's routes, a fact's citations) is assumed to hold. */
export const PLAIN_LIST_SIZE = 5;

/**
 * How many items a field returns, as the cost estimate assumes: a connection or any field
 * with `first`/`last` what they ask (default page size when neither), a field with `limit`
 * that many, `nodes(ids)` one per id, any other list PLAIN_LIST_SIZE, anything else one.
 * Sizes are capped at the page-size limit, so a too-large `first` is reported as such by the
 * field (BAD_USER_INPUT) rather than as a cost overrun.
 */
function listSize(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const cap = (n: unknown) => Math.min(Math.max(typeof n === 'number' ? n : DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE);
  // The type read from its SDL form ("[Fact!]!") rather than with graphql's isListType and
  // friends: those use instanceof, which fails when the schema comes from another copy of
  // graphql (vitest loads graphql's ESM build for our code, Apollo its CommonJS build).
  const sdl = String(field.type);
  // A connection's edges are already counted by the connection field's page size.
  if (field.name === 'edges' && parent.name.endsWith('Connection')) return 1;
  if (sdl.replace(/[[\]!]/g, '').endsWith('Connection') || 'first' in args || 'last' in args) {
    return cap(args.first ?? args.last);
  }
  if (typeof args.limit === 'number') return cap(args.limit);
  if (Array.isArray(args.ids)) return cap(args.ids.length);
  return sdl.startsWith('[') ? PLAIN_LIST_SIZE : 1;
}

/**
 * Every field costs 1, plus its selection times the number of items it returns, so list
 * sizes multiply down the tree: 50 therapies × 5 routes × ... Introspection is free.
 */
export const listSizeEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  return 1 + listSize(type, field, args) * childComplexity;
};

/**
 * The estimated cost of an operation with its variables. With `limits`, the same walk first
 * checks every argument's size (argument-limits.ts) and throws the first breach.
 */
export function estimateCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string, limits?: GraphQLLimits): number {
  const estimators = limits ? [argumentLimitsEstimator(limits), listSizeEstimator] : [listSizeEstimator];
  return getComplexity({ schema, query: document, variables, estimators, ...(operationName ? { operationName } : {}) });
}

/**
 * Rejects an operation whose arguments are over a size limit, or whose estimated cost is
 * over `maxCost`, once its operation (and variables) are known.
 */
export function costLimitPlugin(limits: GraphQLLimits): ApolloServerPlugin<RequestContext> {
  const { maxCost } = limits;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = estimateCost(schema, document, request.variables ?? {}, operationName ?? undefined, limits);
          } catch (err) {
            if (err instanceof Object && 'extensions' in err && (err as GraphQLError).extensions.limit) throw err;
            // The estimate needs the variables' values: variables that do not fit their types
            // are the request's mistake, reported as graphql-js words it.
            throw badUserInput(err instanceof Error ? err.message : String(err), { http: { status: 400 } });
          }
          if (cost > maxCost) {
            throw limitError('maxCost', maxCost, cost, `Query cost ${cost} exceeds the maximum cost of ${maxCost}; ask for fewer items (first, last, limit) or fewer nested lists`);
          }
        },
      };
    },
  };
}
