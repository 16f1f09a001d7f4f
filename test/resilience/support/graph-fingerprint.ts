/**
 * What the graph holds, reduced to counts and one hash over every node's labels and
 * properties and every relationship's ends, type and properties. Independent of Neo4j's
 * internal ids, so two loads of the same seed give the same fingerprint; used to show that
 * hostile requests, failed seeds and restarts left the graph exactly as it was.
 */
import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  hash: string;
}

/**
 * `excludeLabels` leaves out nodes with any of these labels (and their relationships): for
 * bookkeeping that a reload of the same seed rewrites, such as SeedMeta's load time.
 */
export async function graphFingerprint(driver: Driver, database: string, excludeLabels: string[] = []): Promise<GraphFingerprint> {
  const read = { database, routing: neo4j.routing.READ } as const;
  const kept = (v: string) => `NOT any(l IN labels(${v}) WHERE l IN $exclude)`;
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE ${kept('n')} RETURN labels(n) AS labels, properties(n) AS props`,
    { exclude: excludeLabels },
    read,
  );
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WHERE ${kept('a')} AND ${kept('b')}
     RETURN coalesce(a.id, elementId(a)) AS from, type(r) AS type, coalesce(b.id, elementId(b)) AS to, properties(r) AS props`,
    { exclude: excludeLabels },
    read,
  );
  const lines = [
    ...nodes.records.map((r) => `N ${[...(r.get('labels') as string[])].sort().join(':')} ${stable(r.get('props'))}`),
    ...rels.records.map((r) => `R ${r.get('from')} ${r.get('type')} ${r.get('to')} ${stable(r.get('props'))}`),
  ].sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line).update('\n');
  return { nodes: nodes.records.length, relationships: rels.records.length, hash: hash.digest('hex') };
}

/** JSON with sorted keys; Neo4j temporal and other typed values by their string form. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    if (value.constructor !== Object) return JSON.stringify(String(value));
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
