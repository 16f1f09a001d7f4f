import { auditGraph } from '../../audit/audit.ts';
import { readAuditGraph } from '../../queries/audit/audit-graph.ts';
import { CITING_FACTS_KEY_LENGTH } from '../../queries/provenance/citing-facts.ts';
import { citationBacking, type CitationBacking } from '../../queries/provenance/citation-backing.ts';
import { provenance, type ProvenanceRecord } from '../../queries/provenance/provenance.ts';
import type { RequestContext } from '../context.ts';
import type { SupportStatus } from '../../audit/support-status.ts';
import { notFound } from '../errors/user-errors.ts';
import { compiledValue } from '../plan/compiled-value.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { toConnection } from '../pagination/connection.ts';
import type { CursorList } from '../pagination/cursor.ts';
import { toWindow } from '../pagination/page-args.ts';
import { selectsField } from '../selection.ts';
import { citationsByIds } from './entity-fields.ts';
import { provenanceLoaders } from './provenance-loaders.ts';

const citingFactsList: CursorList = { name: 'Citation.supports', keyLength: CITING_FACTS_KEY_LENGTH };

const backings = new WeakMap<ProvenanceRecord, Promise<CitationBacking>>();

/**
 * What a citation backs, read once per provenance answer when `citedBy` or `supports` is
 * selected (one statement more); nothing is read for other kinds, which back nothing.
 */
function backingOf(p: ProvenanceRecord, ctx: RequestContext): Promise<CitationBacking> {
  if (p.node.__label !== 'Citation') return Promise.resolve({ citedBy: [], supports: [] });
  let backing = backings.get(p);
  if (!backing) {
    backing = citationBacking(ctx.reader, p.node.id);
    backings.set(p, backing);
  }
  return backing;
}

/** schema/provenance.graphql: claims and citations traced both ways, provenance, the audit. */
export const provenanceResolvers: Resolvers = {
  Query: {
    provenance: async (_root, args, ctx) => {
      const found = await provenance(ctx.reader, args.id);
      if (!found) throw notFound('node', args.id);
      return found;
    },
    audit: async (_root, _args, ctx) => auditGraph(await readAuditGraph(ctx.reader)),
  },
  Claim: {
    supportStatus: (claim, _args, ctx, info) =>
      (compiledValue(claim, info)?.value as SupportStatus | undefined) ?? provenanceLoaders(ctx).supportStatus.load(claim.id),
  },
  Citation: {
    supports: async (citation, args, ctx, info) => {
      const key = { window: toWindow(args, citingFactsList), withTotal: selectsField(info, 'totalCount'), citationId: citation.id };
      return toConnection(await provenanceLoaders(ctx).citingFacts.load(key), citingFactsList);
    },
  },
  Provenance: {
    citations: (p, _args, ctx) => citationsByIds(ctx, p.node.citations ?? []),
    citedBy: async (p, _args, ctx) => (await backingOf(p, ctx)).citedBy,
    supports: async (p, _args, ctx) => (await backingOf(p, ctx)).supports,
  },
  FactGroup: {
    count: (g) => g.facts.length,
  },
  AuditReport: {
    seedHash: (r) => r.seedHash || null,
  },
};
