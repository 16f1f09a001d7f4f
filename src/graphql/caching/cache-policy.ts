import type { ApolloServerPlugin } from '@apollo/server';
import {
  getDirectiveValues,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The answer's cache policy (what http-caching.ts and the response cache read): `maxAge`
 * for any operation that resolves a root field of the schema, as Apollo's cache-control
 * plugin works it out when no type or field has a `@cacheControl` hint (schema/ has none, and
 * no resolver sets one): every root field, and every field returning an object, gets the
 * default maxAge, and fields of `__schema`, `__type` or `__typename` alone set nothing.
 *
 * Apollo's plugin works that out field by field: it hooks every field of every answer, which
 * makes Apollo wrap every resolver of the schema, and costs a policy object and closures per
 * field (a page of 50 therapies resolves thousands); about 3 % of our CPU in the bench's
 * profile (issue #11). The same answer comes from the operation's root selection once.
 */
export function cachePolicyPlugin(maxAge: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ schema, operation, document, request, overallCachePolicy }) {
          // No operation to run (several without operationName, or a name none has): execution only reports that.
          if (!operation) return;
          const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
          if (resolvesSchemaField(schema, operation, fragments, request.variables ?? {})) overallCachePolicy.restrict({ maxAge });
        },
      };
    },
  };
}

/** Whether executing the operation resolves a root field that is not introspection, @skip and @include applied. */
function resolvesSchemaField(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  inputs: Record<string, unknown>,
): boolean {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
  // Variables that do not coerce: execution stops before any field, with errors.
  if (coerced.errors) return false;
  const variables = coerced.coerced;
  const included = (node: Parameters<typeof getDirectiveValues>[1]) =>
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  const visit = (set: SelectionSetNode, seen: Set<string>): boolean =>
    set.selections.some((s) => {
      if (!included(s)) return false;
      if (s.kind === Kind.FIELD) return !s.name.value.startsWith('__');
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet, seen);
      const name = s.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) return false;
      return visit(fragment.selectionSet, new Set([...seen, name]));
    });
  return visit(operation.selectionSet, new Set());
}
