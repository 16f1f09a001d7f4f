import type { SupportStatus } from '../../audit/support-status.ts';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import type { CypherQuery } from '../cypher-query.ts';
import { claimSupportStatus } from './claim-support-status.ts';

/** The support status of many claims in one statement (`Claim.supportStatus` on a page of claims). */
export function supportStatusesQuery(claimIds: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (n:Entity) WHERE n.id IN $ids AND n:Claim RETURN n.id AS id, ${claimSupportStatus} AS status`,
    params: { ids: claimIds },
  };
}

export async function supportStatuses(reader: GraphReader, claimIds: readonly string[]): Promise<Map<string, SupportStatus>> {
  const q = supportStatusesQuery(claimIds);
  const rows = await reader.read<{ id: string; status: SupportStatus }>(q.cypher, q.params);
  return new Map(rows.map((r) => [r.id, r.status]));
}
