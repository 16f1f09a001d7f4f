import { Kind, type GraphQLResolveInfo } from 'graphql';
import type { EntityRecord } from '../../model/records.ts';
import { readEntities } from '../../queries/compile/entities-statement.ts';
import { pageOf, type CompiledPage } from '../../queries/compile/list-statement.ts';
import type { RequestContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { toConnection } from '../pagination/connection.ts';
import { toWindow } from '../pagination/page-args.ts';
import { citedByCursors } from '../plan/cited-by-plan.ts';
import { compiledValue } from '../plan/compiled-value.ts';
import { entityPlan } from '../plan/entity-plan.ts';

/**
 * The page of `Citation.citedBy` that the citation's own statement read; for a citation
 * found otherwise (a fact's citations in a neighborhood, say), one compiled statement of
 * the citation with only this field.
 */
async function citedByPage(citation: EntityRecord, ctx: RequestContext, info: GraphQLResolveInfo): Promise<CompiledPage> {
  const compiled = compiledValue(citation, info);
  if (compiled) return compiled.value as CompiledPage;
  const plan = entityPlan(info, [{ kind: Kind.SELECTION_SET, selections: info.fieldNodes }], 'Citation');
  const read = (await readEntities(ctx.reader, [citation.id], plan, 'Citation')).get(citation.id);
  return ((read as { __fields?: Record<string, unknown> } | undefined)?.__fields?.[String(info.path.key)] as CompiledPage | undefined) ?? { rows: [], total: 0 };
}

/** schema/provenance.graphql: Citation.citedBy, the entities whose own attributes cite it. */
export const citedByResolvers: Resolvers = {
  Citation: {
    citedBy: async (citation, args, ctx, info) => {
      // Checked first, so bad page arguments are an error at this field.
      const window = toWindow(args, citedByCursors);
      return toConnection(pageOf<EntityRecord>(await citedByPage(citation, ctx, info), { window }), citedByCursors);
    },
  },
};
