import { GraphQLIncludeDirective, GraphQLSkipDirective, Kind, getDirectiveValues, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** What the plan needs of the request besides a selection set: fragments, variables, schema. */
export type RequestDocument = Pick<GraphQLResolveInfo, 'fragments' | 'variableValues' | 'schema'>;

/**
 * The fields a selection set selects on an object of type `typeName`, by response key (an
 * alias, or the field's name), as graphql-js's executor collects them: through fragment
 * spreads and inline fragments whose type condition the type meets (itself, or an interface
 * it implements), leaving out what `@skip`/`@include` exclude. A key selected twice keeps
 * every field node, so their selection sets are merged.
 */
export function collectFields(doc: RequestDocument, sets: readonly (SelectionSetNode | undefined)[], typeName: string): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const applies = (condition: string | undefined) => {
    if (!condition || condition === typeName) return true;
    const type = doc.schema.getType(typeName);
    return type !== undefined && 'getInterfaces' in type && type.getInterfaces().some((i) => i.name === condition);
  };
  const included = (node: FieldNode | { directives?: FieldNode['directives'] }) =>
    getDirectiveValues(GraphQLSkipDirective, node, doc.variableValues)?.if !== true &&
    getDirectiveValues(GraphQLIncludeDirective, node, doc.variableValues)?.if !== false;
  const walk = (set: SelectionSetNode | undefined) => {
    for (const s of set?.selections ?? []) {
      if (!included(s)) continue;
      switch (s.kind) {
        case Kind.FIELD: {
          const key = s.alias?.value ?? s.name.value;
          fields.set(key, [...(fields.get(key) ?? []), s]);
          break;
        }
        case Kind.INLINE_FRAGMENT:
          if (applies(s.typeCondition?.name.value)) walk(s.selectionSet);
          break;
        case Kind.FRAGMENT_SPREAD: {
          const fragment = doc.fragments[s.name.value];
          if (!fragment || visited.has(s.name.value) || !applies(fragment.typeCondition.name.value)) break;
          visited.add(s.name.value);
          walk(fragment.selectionSet);
          break;
        }
      }
    }
  };
  for (const set of sets) walk(set);
  return fields;
}

/** The selection sets of field nodes selected under one response key, to be collected together. */
export function subSelections(nodes: readonly FieldNode[]): (SelectionSetNode | undefined)[] {
  return nodes.map((n) => n.selectionSet);
}
