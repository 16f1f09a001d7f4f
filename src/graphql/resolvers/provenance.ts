import { auditGraph } from '../../audit/audit.ts';
import { citingFactsList } from '../../queries/compile/citing-facts.ts';
import type { FactRecord } from '../../queries/entities/fact-record.ts';
import { readAuditGraph } from '../../queries/audit/audit-graph.ts';
import { provenance, provenanceQuery } from '../../queries/provenance/provenance.ts';
import { notFound } from '../errors/user-errors.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { prepared } from '../plan/prepared.ts';
import { provenancePlan } from '../plan/root-plan.ts';
import { compiledConnection, compiledField } from './relationship-fields.ts';

/** schema/provenance.graphql: claims and citations traced both ways, provenance, the audit. */
export const provenanceResolvers: Resolvers = {
  Query: {
    provenance: async (_root, args, ctx, info) => {
      const { plan, statement } = prepared(info, () => {
        const plan = provenancePlan(info);
        return { plan, statement: provenanceQuery(args.id, plan) };
      });
      const found = await provenance(ctx.reader, args.id, plan, statement);
      if (!found) throw notFound('node', args.id);
      return found;
    },
    audit: (_root, _args, ctx) => {
      const read = async () => auditGraph(await readAuditGraph(ctx.reader));
      return ctx.auditCache ? ctx.auditCache.report(read) : read();
    },
  },
  Claim: {
    supportStatus: compiledField(),
  },
  Citation: {
    supports: compiledConnection<FactRecord>(citingFactsList),
  },
  FactGroup: {
    count: (g) => g.facts.length,
  },
  AuditReport: {
    seedHash: (r) => r.seedHash || null,
  },
};
