/**
 * The resolvers of every kind, made from the model (src/model): its root list and lookup,
 * `displayName`, `citations` on cited kinds, empty lists for absent list properties, and
 * each relationship field of src/model/api-fields.ts. A new kind or relationship in the
 * model gets its resolvers here without a line of its own.
 */
import { apiRelationshipFields, rootFields, type ApiRelationshipField } from '../../model/api-fields.ts';
import { KIND_NAMES, KINDS, type KindName } from '../../model/kinds.ts';
import { displayName, type EntityRecord } from '../../model/records.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { compiledField, relatedConnection } from './relationship-fields.ts';
import { lookup, rootConnection } from './root-fields.ts';

function relationshipResolver(f: ApiRelationshipField) {
  // Connections always name their far kind in the model.
  return f.shape === 'connection' ? relatedConnection(f.far!, f.traversal, f.reads === 'facts') : compiledField();
}

/** Optional list properties (aliases, authors): an absent one reads as empty. */
function listProperties(kind: KindName): string[] {
  const attributes = KINDS[kind].attributes as Record<string, { value: { type: string }; optional: boolean }>;
  return Object.keys(attributes).filter((a) => attributes[a]!.value.type === 'text-list' && attributes[a]!.optional);
}

function resolversOf(kind: KindName): Resolvers {
  const fields: Record<string, unknown> = { displayName: (e: EntityRecord) => displayName(e) };
  if (KINDS[kind].cited) {
    fields.citations = compiledField();
  }
  for (const property of listProperties(kind)) fields[property] = (e: Record<string, unknown>) => e[property] ?? [];
  for (const f of apiRelationshipFields[kind]) fields[f.name] = relationshipResolver(f);
  const { list, lookup: lookupField } = rootFields[kind];
  const query: Record<string, unknown> = { [list]: rootConnection(kind) };
  if (lookupField) query[lookupField] = lookup(kind);
  return { Query: query, [kind]: fields } as Resolvers;
}

export const kindResolvers: readonly Resolvers[] = KIND_NAMES.map(resolversOf);
