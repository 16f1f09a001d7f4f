/**
 * A driver that records the statements sent through it (`executeQuery`, as the API's
 * GraphReader sends them), optionally prefixed with PROFILE so that Neo4j's plan comes back
 * with each. Everything else is the real driver's.
 */
import type { Driver, ProfiledPlan } from 'neo4j-driver';

export interface Recorded {
  cypher: string;
  params: Record<string, unknown>;
  /** Present when profiling: Neo4j's PROFILE of the statement. */
  plan?: ProfiledPlan | false;
}

export interface RecordingDriver {
  driver: Driver;
  /** The statements sent since the last `take()`, and forget them. */
  take(): Recorded[];
}

export function recordingDriver(real: Driver, profile: boolean): RecordingDriver {
  let recorded: Recorded[] = [];
  const executeQuery = (async (cypher: string, params: Record<string, unknown> = {}, ...rest: unknown[]) => {
    const result = await (real.executeQuery as (...a: unknown[]) => Promise<{ summary: { profile: ProfiledPlan | false } }>)(
      profile ? `PROFILE ${cypher}` : cypher,
      params,
      ...rest,
    );
    recorded.push({ cypher: cypher.trim(), params, ...(profile && { plan: result.summary.profile }) });
    return result;
  }) as Driver['executeQuery'];
  const driver = new Proxy(real, {
    get(target, prop) {
      if (prop === 'executeQuery') return executeQuery;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return {
    driver,
    take() {
      const out = recorded;
      recorded = [];
      return out;
    },
  };
}

/** All db hits of a plan and its children. */
export function totalDbHits(p: ProfiledPlan): number {
  return p.dbHits + p.children.reduce((s, c) => s + totalDbHits(c), 0);
}
