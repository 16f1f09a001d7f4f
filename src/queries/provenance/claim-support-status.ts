import { supportStatusCypher } from '../../audit/support-status.ts';
import { REL } from '../../model/kinds.ts';

/** Cypher for a claim `n`'s support status, by the rule in src/audit/support-status.ts (`ClaimFilter.supportStatuses`). */
export const claimSupportStatus = supportStatusCypher(`[(n)-[:${REL.SUPPORTED_BY}]->(supporting:Citation) | supporting.status]`);
