import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the field being resolved selects `name` directly (through fragments too), so a
 * connection reads its total count only when `totalCount` is asked for. Directives are not
 * evaluated: a `@skip`ped totalCount is counted anyway, which costs a count, never a result.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visited = new Set<string>();
  const inSet = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      switch (s.kind) {
        case Kind.FIELD:
          return s.name.value === name;
        case Kind.INLINE_FRAGMENT:
          return inSet(s.selectionSet);
        case Kind.FRAGMENT_SPREAD: {
          if (visited.has(s.name.value)) return false;
          visited.add(s.name.value);
          return inSet(info.fragments[s.name.value]?.selectionSet);
        }
      }
    });
  return info.fieldNodes.some((f) => inSet(f.selectionSet));
}
