import type { EntityRecord } from '../../model/records.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { citedByCursors } from '../plan/cited-by-plan.ts';
import { compiledConnection } from './relationship-fields.ts';

/** schema/provenance.graphql: Citation.citedBy, the entities whose own attributes cite it (read in the citation's statement). */
export const citedByResolvers: Resolvers = {
  Citation: {
    citedBy: compiledConnection<EntityRecord>(citedByCursors),
  },
};
