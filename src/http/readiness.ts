import neo4j, { type Driver } from 'neo4j-driver';

export type Readiness = { ready: true; seedVersion: string } | { ready: false; reason: string };

/**
 * Ready means: Neo4j answers a read within `timeoutMs`, and the graph has been seeded.
 * The probe is a single auto-commit read, which the driver does not retry: a stopped Neo4j
 * (connection refused) is reported at once with the driver's reason, not after a retry
 * loop. The check also races a timer, because a Neo4j that accepts connections but does not
 * answer (hung, paused) would otherwise keep the probe waiting longer than a load balancer's
 * probe allows.
 */
export function readinessCheck(driver: Driver, database: string, timeoutMs: number): () => Promise<Readiness> {
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<Readiness>((resolve) => {
      timer = setTimeout(() => resolve({ ready: false, reason: `Neo4j did not answer within ${timeoutMs} ms` }), timeoutMs);
    });
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    const probe = session
      .run("OPTIONAL MATCH (m:SeedMeta {id: 'seed'}) RETURN m.hash AS hash", {}, { timeout: timeoutMs })
      .then((r): Readiness => {
        const hash = r.records[0]?.get('hash') as string | null | undefined;
        return hash ? { ready: true, seedVersion: hash } : { ready: false, reason: 'the graph has not been seeded' };
      })
      .catch((err: unknown): Readiness => ({ ready: false, reason: `Neo4j unreachable: ${briefly(err)}` }))
      .finally(() => session.close().catch(() => {}));
    try {
      return await Promise.race([probe, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** The driver's message, without its generic advice: "connect ECONNREFUSED 127.0.0.1:7687". */
function briefly(err: unknown): string {
  const first = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
  return /Caused by: (.+)$/.exec(first)?.[1] ?? first;
}
