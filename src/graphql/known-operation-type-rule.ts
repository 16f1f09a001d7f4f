import { GraphQLError, type ValidationContext, type ASTVisitor } from 'graphql';

/**
 * Rejects a mutation or subscription at validation (400, GRAPHQL_VALIDATION_FAILED): the
 * schema is read-only and has neither root type. graphql-js 16 has no such rule and only
 * fails at execution, which Apollo reports as an INTERNAL_SERVER_ERROR, as if it were our bug.
 */
export function knownOperationTypeRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (context.getSchema().getRootType(node.operation)) return;
      context.reportError(
        new GraphQLError(`This API is read-only: it has no ${node.operation} operations; send a query.`, { nodes: node }),
      );
    },
  };
}
