import { displayName, type EntityRecord } from '../../queries/entities/entity-record.ts';
import type { EntityLabel } from '../../queries/model/graph-model.ts';
import { relationFields } from '../../queries/model/relation-fields.ts';
import type { RequestContext } from '../context.ts';
import { relatedConnection } from './relationship-fields.ts';

/** Entities by id, in order, skipping ids the graph does not have. */
export async function entitiesByIds(ctx: RequestContext, ids: readonly string[]): Promise<EntityRecord[]> {
  const found = await ctx.loaders.entities.loadMany(ids);
  return found.filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
}

/** A list property, or empty when the node does not have it (aliases, authors). */
export function listProperty(property: string) {
  return (e: EntityRecord): string[] => (Array.isArray(e[property]) ? (e[property] as string[]) : []);
}

export const nodeFields = {
  displayName: (e: EntityRecord) => displayName(e),
};

type KnowledgeLabel = Exclude<EntityLabel, 'Citation' | 'Claim'>;

/** Fields every kind that facts connect has: its name, its citations, the claims about it. */
export function knowledgeFields(label: KnowledgeLabel) {
  return {
    ...nodeFields,
    citations: (e: EntityRecord, _args: unknown, ctx: RequestContext) => entitiesByIds(ctx, listProperty('citations')(e)),
    claims: relatedConnection('Claim', relationFields[label].claims),
  };
}
