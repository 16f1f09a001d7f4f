import { supportStatusCypher } from '../../audit/support-status.ts';
import { REL } from '../../seed/kinds.ts';
import type { FilterField } from '../lists/filters.ts';

/** Cypher for a claim `n`'s support status, by the rule in src/audit/support-status.ts. */
export const claimSupportStatus = supportStatusCypher(`[(n)-[:${REL.SUPPORTED_BY}]->(supporting:Citation) | supporting.status]`);

/** `ClaimFilter.supportStatuses`: claims whose support status is any of these. */
export const supportStatusFilter: FilterField = {
  predicate: (p) => `${claimSupportStatus} IN $${p}`,
  parameter: (value) => (Array.isArray(value) && value.length > 0 ? value : undefined),
};
