/**
 * GraphQL in, Cypher out, without a database: the statement each root field of an operation
 * compiles to, planned from the same inputs the executor hands a resolver (the field's
 * nodes, the fragments, the coerced variables, the running schema with its enum values).
 */
import {
  Kind,
  buildASTSchema,
  isEnumType,
  getArgumentValues,
  getVariableValues,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { rootFields } from '../../src/model/api-fields.ts';
import { KIND_NAMES } from '../../src/model/kinds.ts';
import { enumValues } from '../../src/graphql/enum-values.ts';
import { loadTypeDefs } from '../../src/graphql/schema.ts';
import { lookupPlan, neighborhoodPlan, pathsPlan, provenancePlan, rootListPlan, searchPlan } from '../../src/graphql/plan/root-plan.ts';
import type { QueryNeighborhoodArgs, QueryPathsArgs, QuerySearchArgs } from '../../src/graphql/generated/resolvers.ts';
import { neighborhoodRequest, pathsRequest } from '../../src/graphql/resolvers/graph.ts';
import { searchRequest } from '../../src/graphql/resolvers/search.ts';
import { neighborhoodQuery } from '../../src/queries/graph/neighborhood.ts';
import { pathsQuery } from '../../src/queries/graph/paths.ts';
import { provenanceQuery } from '../../src/queries/provenance/provenance.ts';
import { searchQuery } from '../../src/queries/search/search-entities.ts';
import type { ListArgs } from '../../src/graphql/pagination/list-request.ts';
import { entitiesStatement } from '../../src/queries/compile/entities-statement.ts';
import { listStatement } from '../../src/queries/compile/list-statement.ts';
import { factListStatement } from '../../src/queries/compile/fact-list.ts';
import { factListPlan, type FactListArgs } from '../../src/graphql/plan/fact-list-plan.ts';
import type { CypherQuery } from '../../src/queries/cypher-query.ts';

/** The schema with the stored values behind its enums, as Apollo builds it from the enum resolvers. */
const schema = buildASTSchema(loadTypeDefs());
for (const [name, values] of Object.entries(enumValues)) {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
  for (const [value, stored] of Object.entries(values)) (type.getValue(value) as { value: unknown }).value = stored;
}

/** Each root field's statement, by response key. */
export function compileOperation(query: string, variables: Record<string, unknown> = {}): Record<string, CypherQuery> {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw new Error(coerced.errors.map((e) => e.message).join('; '));
  const queryType = schema.getQueryType()!;
  const statements: Record<string, CypherQuery> = {};
  for (const node of operation.selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD)) {
    const field = queryType.getFields()[node.name.value]!;
    const args = getArgumentValues(field, node, coerced.coerced);
    const info = { fieldName: node.name.value, fieldNodes: [node], fragments, variableValues: coerced.coerced, schema } as unknown as GraphQLResolveInfo;
    statements[node.alias?.value ?? node.name.value] = statementOf(info, args);
  }
  return statements;
}

function statementOf(info: GraphQLResolveInfo, args: Record<string, unknown>): CypherQuery {
  const name = info.fieldName;
  const listOf = KIND_NAMES.find((k) => rootFields[k].list === name);
  if (listOf) return listStatement(rootListPlan(info, listOf, args as ListArgs));
  const lookupOf = KIND_NAMES.find((k) => rootFields[k].lookup === name);
  if (lookupOf) return entitiesStatement([args.id as string], lookupPlan(info, lookupOf), lookupOf);
  if (name === 'node') return entitiesStatement([args.id as string], lookupPlan(info, 'Node'));
  if (name === 'nodes') return entitiesStatement(args.ids as string[], lookupPlan(info, 'Node'));
  if (name === 'search') {
    const { request, window } = searchRequest(args as QuerySearchArgs);
    return searchQuery(request!, searchPlan(info, window));
  }
  if (name === 'neighborhood') return neighborhoodQuery(neighborhoodRequest(args as QueryNeighborhoodArgs), neighborhoodPlan(info));
  if (name === 'paths') return pathsQuery(pathsRequest(args as QueryPathsArgs), pathsPlan(info));
  if (name === 'provenance') return provenanceQuery(args.id as string, provenancePlan(info));
  if (name === 'facts') return factListStatement(factListPlan(info, args as FactListArgs));
  throw new Error(`${name} is not compiled from its selection`);
}

