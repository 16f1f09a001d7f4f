import type { LocalNeo4jConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { startLocalNeo4j, type LocalNeo4j } from './launch.ts';

/** Failed restarts in a row after which the supervisor says so once, loudly. */
const FAILURES_BEFORE_ALARM = 5;

export interface SupervisedNeo4j {
  uri: string;
  user: string;
  password: string;
  reused: boolean;
  /** Why the local Neo4j is not serving (exited, restarting, failing to restart), or undefined. */
  problem(): string | undefined;
  /** Stops supervising, then stops the Neo4j we started. */
  stop(): Promise<void>;
}

/**
 * The local Neo4j, kept running: when the Java process we started exits while the service
 * runs (killed, crashed, out of memory), it is started again on the same port and store,
 * after `restartBackoffMs`, doubling per failed attempt up to `restartBackoffMaxMs`, for as
 * long as the service runs. The driver reconnects by itself, so the service serves again
 * without a restart of its own. After FAILURES_BEFORE_ALARM failed attempts in a row it logs
 * one error line with the last reason; `problem()` tells /readyz the state at any time.
 * A Neo4j that was already running (reused, not ours) is not supervised.
 */
export async function superviseLocalNeo4j(cfg: LocalNeo4jConfig, logger: Logger): Promise<SupervisedNeo4j> {
  let current: LocalNeo4j = await startLocalNeo4j(cfg);
  let stopping = false;
  let failures = 0;
  let problem: string | undefined;
  let timer: NodeJS.Timeout | undefined;

  const watch = (neo4j: LocalNeo4j) => {
    void neo4j.exited?.then(({ code, signal }) => {
      if (stopping) return;
      const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
      logger.warn({ pid: neo4j.pid }, `local Neo4j ${how}; restarting it`);
      problem = `local Neo4j ${how}`;
      schedule();
    });
  };

  const schedule = () => {
    const wait = Math.min(cfg.restartBackoffMs * 2 ** failures, cfg.restartBackoffMaxMs);
    problem = `${problem}; restart attempt ${failures + 1} in ${(wait / 1000).toFixed(1)} s`;
    timer = setTimeout(() => void restart(), wait);
  };

  const restart = async () => {
    const t0 = performance.now();
    problem = `${problem?.replace(/; restart attempt \d+ in [\d.]+ s$/, '')}; restarting it (attempt ${failures + 1}, since ${new Date().toISOString()})`;
    try {
      const next = await startLocalNeo4j(cfg);
      if (stopping) return void (await next.stop());
      current = next;
      logger.info({ pid: next.pid, ms: Math.round(performance.now() - t0), attempts: failures + 1 }, 'local Neo4j restarted');
      failures = 0;
      problem = undefined;
      watch(next);
    } catch (err) {
      if (stopping) return;
      failures += 1;
      const reason = err instanceof Error ? err.message : String(err);
      if (failures === FAILURES_BEFORE_ALARM) {
        logger.error(
          `local Neo4j failed to restart ${failures} times in a row (last: ${reason}); still retrying every ${cfg.restartBackoffMaxMs / 1000} s at most; see ${cfg.dir}/logs`,
        );
      }
      problem = `local Neo4j failed to restart ${failures} time${failures === 1 ? '' : 's'} in a row (last: ${reason})`;
      schedule();
    }
  };

  watch(current);
  return {
    uri: current.uri,
    user: current.user,
    password: current.password,
    reused: current.reused,
    problem: () => problem,
    stop: async () => {
      stopping = true;
      clearTimeout(timer);
      await current.stop();
    },
  };
}
