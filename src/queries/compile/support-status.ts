import Cypher from '@neo4j/cypher-builder';
import { supportStatusCypher } from '../../audit/support-status.ts';
import { REL } from '../../model/kinds.ts';

/**
 * A claim's support status, by the one rule in src/audit/support-status.ts (the audit and
 * the CLI share it as Cypher text): the statuses of the citations supporting claim `n`.
 */
export function supportStatus(n: Cypher.Node): Cypher.Expr {
  return new Cypher.Raw((ctx) => supportStatusCypher(`[(${ctx.compile(n)})-[:${REL.SUPPORTED_BY}]->(supporting:Citation) | supporting.status]`));
}
