import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
// The package's ESM build imports graphql's .mjs files, a second copy of graphql beside the
// CommonJS one that Apollo and this code load ("from another module or realm"); its CommonJS
// build shares ours.
import { getComplexity } from 'graphql-query-complexity/cjs';
import type { RequestContext } from '../context.ts';
import { badUserInput } from '../errors/user-errors.ts';
import type { GraphQLLimits } from '../../config.ts';
import { argumentLimitsEstimator } from './argument-limits.ts';
import type { BudgetRefusals } from './budget-refusals.ts';
import { CostBudget } from './cost-budget.ts';
import { costModel, type CostModelOptions } from './cost-model.ts';
import { CostMemo } from './cost-memo.ts';
import { limitError, rateLimitError } from './limit-error.ts';

/**
 * The estimated cost of an operation with its variables (cost-model.ts). With `limits`, the
 * same walk first checks every argument's size (argument-limits.ts) and throws the first breach.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
  limits?: GraphQLLimits,
  model: CostModelOptions = {},
): number {
  const estimators = limits ? [argumentLimitsEstimator(limits), costModel(model)] : [costModel(model)];
  return getComplexity({ schema, query: document, variables, estimators, ...(operationName ? { operationName } : {}) });
}

/** The estimate of each request, for the plugins after this one (heavy-gate.ts), by its request object. */
export const estimatedCost = new WeakMap<object, number>();

/** What every answer whose operation was estimated reports in `extensions.cost`. */
export interface CostReport {
  requested: number;
  limit: number;
  /** What the client's budget holds after this request (null: GRAPHQL_COST_PER_MINUTE is off). */
  budgetRemaining: number | null;
}

/**
 * Once the operation and its variables are known: rejects arguments over a size limit and an
 * estimated cost over `maxCost` (400), charges the client's budget per minute and refuses
 * what it cannot pay (429 with Retry-After), and reports the estimate in `extensions.cost`
 * of the answer, rejected ones included, as GitHub and Shopify report theirs. The estimate
 * reported is the one enforced: one walk computes both. `auditCached` says whether the audit's
 * report of the current seed is held (caching/audit-cache.ts), which changes what it costs.
 * `refusals` learns of each budget refusal, for the HTTP layer to turn the client away unread
 * until its Retry-After (budget-refusals.ts).
 */
export function costLimitPlugin(limits: GraphQLLimits, auditCached: () => boolean = () => false, refusals?: BudgetRefusals): ApolloServerPlugin<RequestContext> {
  const { maxCost, costPerMinute } = limits;
  const budget = costPerMinute > 0 ? new CostBudget(costPerMinute) : undefined;
  const memo = new CostMemo();
  return {
    async requestDidStart() {
      let report: CostReport | undefined;
      return {
        async didResolveOperation({ schema, document, request, operationName, contextValue }) {
          let requested: number;
          try {
            const variables = request.variables ?? {};
            const name = operationName ?? undefined;
            const cached = auditCached();
            requested = memo.estimate(schema, document, variables, name, cached, () =>
              estimateCost(schema, document, variables, name, limits, { auditCached: cached }),
            );
          } catch (err) {
            if (err instanceof Object && 'extensions' in err && (err as GraphQLError).extensions.limit) throw err;
            // The estimate needs the variables' values: variables that do not fit their types
            // are the request's mistake, reported as graphql-js words it.
            throw badUserInput(err instanceof Error ? err.message : String(err), { http: { status: 400 } });
          }
          report = { requested, limit: maxCost, budgetRemaining: null };
          estimatedCost.set(request, requested);
          if (requested > maxCost) {
            throw limitError('maxCost', maxCost, requested, `Query cost ${requested} exceeds the maximum cost of ${maxCost}; ask for fewer items (first, last, limit) or fewer nested lists`);
          }
          if (!budget || contextValue.client === undefined) return;
          const charge = budget.charge(contextValue.client, requested);
          report.budgetRemaining = charge.remaining;
          if (!charge.accepted) {
            refusals?.refused(contextValue.client, charge.retryAfterS);
            throw rateLimitError(
              'costPerMinute',
              costPerMinute,
              requested,
              `Query cost ${requested} exceeds what this client's budget holds now (${charge.remaining}); it refills at ${costPerMinute} a minute`,
              charge.retryAfterS,
            );
          }
        },
        async willSendResponse({ response }) {
          if (!report || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          // Added to what other plugins put there (warnings), never in place of it.
          result.extensions = { ...result.extensions, cost: report };
        },
      };
    },
  };
}
