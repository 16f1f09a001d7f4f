import neo4j, { type Driver } from 'neo4j-driver';

export type Readiness = { ready: true; seedVersion: string } | { ready: false; reason: string };

/**
 * Ready means: Neo4j answers a read within `timeoutMs`, and the graph has been seeded.
 * The check races a timer because during an outage the driver may spend longer than a
 * load balancer's probe allows just opening a connection.
 */
export function readinessCheck(driver: Driver, database: string, timeoutMs: number): () => Promise<Readiness> {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Readiness>((resolve) => {
      timer = setTimeout(() => resolve({ ready: false, reason: `Neo4j did not answer within ${timeoutMs} ms` }), timeoutMs);
    });
    const probe = driver
      .executeQuery("OPTIONAL MATCH (m:SeedMeta {id: 'seed'}) RETURN m.hash AS hash", {}, {
        database,
        routing: neo4j.routing.READ,
        bookmarkManager: null,
        transactionConfig: { timeout: timeoutMs },
      })
      .then((r): Readiness => {
        const hash = r.records[0]?.get('hash') as string | null | undefined;
        return hash ? { ready: true, seedVersion: hash } : { ready: false, reason: 'the graph has not been seeded' };
      })
      .catch((err: unknown): Readiness => ({
        ready: false,
        reason: `Neo4j unreachable: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`,
      }));
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}
