import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { GraphQLLimits } from '../../config.ts';
import { limitError, type LimitName } from './limit-error.ts';

/**
 * Depth, alias and directive limits as validation rules (graphql-armor), so a request over
 * any of them fails validation, before execution. The token limit is graphql-js's own
 * parser option (see server.ts) and the cost limit a plugin (cost-limit.ts), because cost
 * depends on the request's variables, which validation rules do not see.
 */
export function shapeLimitRules(limits: GraphQLLimits): ValidationRule[] {
  const report =
    (name: LimitName, max: number) =>
    (ctx: ValidationContext | null, error: GraphQLError) => {
      const found = Number(/found (\d+)/.exec(error.message)?.[1]);
      const message = error.message.replace(/^Syntax Error: /, '').replace(/\.$/, '');
      ctx?.reportError(limitError(name, max, Number.isFinite(found) ? found : undefined, message));
    };
  const rejectWith = (name: LimitName, n: number) => ({ n, onReject: [report(name, n)], propagateOnRejection: false });
  return new ApolloArmor({
    maxDepth: { ...rejectWith('maxDepth', limits.maxDepth), flattenFragments: true },
    maxAliases: rejectWith('maxAliases', limits.maxAliases),
    maxDirectives: rejectWith('maxDirectives', limits.maxDirectives),
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;
}
