import type { GraphQLArgument, GraphQLError, GraphQLField, GraphQLInputType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity/cjs';
import type { GraphQLLimits } from '../../config.ts';
import { searchInputProblem } from '../../queries/search/lucene-query.ts';
import { argumentLimitError, type LimitName } from './limit-error.ts';

/**
 * Bounds on argument values, checked with the request's variables before any Cypher runs:
 * every list argument (filter lists, `ids`, `types`, also inside input objects) holds at
 * most `maxListLength` values, every ID at most `maxIdLength` characters, every other string
 * (cursors, `nameContains`) at most `maxStringLength`, and `search(query)` keeps to the
 * search limits of queries/search/lucene-query.ts. What a statement does with a value grows
 * with its size (a 10,000-id filter list, a 1,000-letter fuzzy word), so the size is bounded
 * where the request comes in, not in each statement.
 *
 * Runs as the first estimator of the cost walk (cost-limit.ts), so that one walk over the
 * operation, fragments and variables included, sees every field's coerced arguments; it
 * returns no cost (undefined), leaving the estimate to the next estimator.
 */
export function argumentLimitsEstimator(limits: GraphQLLimits): ComplexityEstimator {
  return ({ type, field, args }) => {
    if (type.name.startsWith('__')) return undefined;
    // The search text's own limits first: they are tighter than the one for any string.
    const search = searchProblem(field, args);
    if (search) throw search;
    for (const arg of field.args) {
      const where = `${type.name}.${field.name}(${arg.name})`;
      const error = checkValue(limits, arg.type, args[arg.name], where);
      if (error) throw error;
    }
    return undefined;
  };
}

function searchProblem(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): GraphQLError | undefined {
  if (field.name !== 'search' || typeof args.query !== 'string') return undefined;
  const problem = searchInputProblem(args.query);
  return problem && argumentLimitError(problem.name, problem.max, problem.found, `search(query): ${problem.message}`, 'query');
}

type Named = { name: string; getFields?: () => Record<string, GraphQLArgument | { type: GraphQLInputType }> };

/**
 * The type is read through `ofType` and by name rather than with graphql's isListType and
 * friends: those use instanceof, which fails when the schema comes from the other copy of
 * graphql (see cost-limit.ts).
 */
function checkValue(limits: GraphQLLimits, type: GraphQLInputType, value: unknown, where: string): GraphQLError | undefined {
  if (value == null) return undefined;
  const sdl = String(type).replace(/!$/, '');
  const inner = (type as { ofType?: GraphQLInputType }).ofType;
  if (inner && String(type).endsWith('!')) return checkValue(limits, inner, value, where);
  if (sdl.startsWith('[') && inner && Array.isArray(value)) {
    if (value.length > limits.maxListLength) return tooMany('maxListLength', limits.maxListLength, value.length, where);
    for (const item of value) {
      const error = checkValue(limits, inner, item, where);
      if (error) return error;
    }
    return undefined;
  }
  if (typeof value === 'string') {
    const [name, max]: [LimitName, number] = sdl === 'ID' ? ['maxIdLength', limits.maxIdLength] : ['maxStringLength', limits.maxStringLength];
    if (value.length > max) {
      return argumentLimitError(name, max, value.length, `${where}: a value of ${value.length} characters; at most ${max} are allowed`, where);
    }
    return undefined;
  }
  const named = type as unknown as Named;
  if (typeof value === 'object' && named.getFields) {
    const fields = named.getFields();
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const f = fields[key];
      const error = f && checkValue(limits, f.type, v, `${where}.${key}`);
      if (error) return error;
    }
  }
  return undefined;
}

function tooMany(name: LimitName, max: number, found: number, where: string): GraphQLError {
  return argumentLimitError(name, max, found, `${where}: a list of ${found} values; at most ${max} are allowed`, where);
}
