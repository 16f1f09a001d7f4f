import type { CitationRecord, EntityRecord } from '../../model/records.ts';
import type { RequestContext } from '../context.ts';

/** Entities by id, in order, skipping ids the graph does not have. */
export async function entitiesByIds(ctx: RequestContext, ids: readonly string[]): Promise<EntityRecord[]> {
  const found = await ctx.loaders.entities.loadMany(ids);
  return found.filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
}

/** The citations a node or fact names, in order, skipping ids of no citation. */
export async function citationsByIds(ctx: RequestContext, ids: readonly string[]): Promise<CitationRecord[]> {
  return (await entitiesByIds(ctx, ids)).filter((e): e is CitationRecord => e.__label === 'Citation');
}
