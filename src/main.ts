/**
 * `npm start`: the service on the embedded default (or NEO4J_URI), seeded, until SIGTERM.
 * Start-up failures print one line saying what to check and exit non-zero.
 */
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { Neo4jUnreachableError } from './neo4j/connect.ts';
import { LocalNeo4jError } from './neo4j-local/launch.ts';
import { startService, type RunningService } from './service.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  // Source maps make every captured stack cost twice as much (measured: ~40 against ~20 us for
  // `new Error().stack` 20 frames deep), and neo4j-driver captures one per query (issue #11).
  // In production stacks are only logged at LOG_LEVEL=debug, where they name dist/main.js's
  // lines; development and tests name the source's (npm start: dist/main.js.map, tsx: its own).
  process.setSourceMapsEnabled(config.env !== 'production');
  const logger = createLogger(config);
  let service: RunningService | undefined;

  let stopping = false;
  const stop = async (reason: string, code: number) => {
    if (stopping) return;
    stopping = true;
    console.log(`${reason}: finishing in-flight requests, then stopping Neo4j`);
    try {
      await service?.close();
      process.exit(code);
    } catch (err) {
      logger.error({ err }, 'error while stopping');
      process.exit(1);
    }
  };
  // A promise nobody awaited failed: a bug, but one request's; the graph is read-only and the
  // process holds no other state, so it logs loudly and keeps serving. An uncaught exception
  // may have left anything half-done: stop taking requests and exit non-zero.
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception');
    void stop('uncaught exception', 1);
  });

  service = await startService(config, logger);
  const { neo4jMs, seedMs, totalMs } = service.timings;
  const seedNote = service.seed.loaded ? `seeded in ${ms(seedMs)}` : `seed unchanged, checked in ${ms(seedMs)}`;
  console.log(`therapy-graph ready at ${service.url}`);
  console.log(`  Neo4j ${service.neo4j.version} at ${service.neo4j.uri} (${service.neo4j.source}), connected in ${ms(neo4jMs)}`);
  console.log(`  graph-seed ${service.seed.hash.slice(0, 12)}: ${seedNote}; start-up took ${ms(totalMs)}`);

  process.on('SIGTERM', () => void stop('SIGTERM', 0));
  process.on('SIGINT', () => void stop('SIGINT', 0));
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

main().catch((err: unknown) => {
  const known = err instanceof ConfigError || err instanceof Neo4jUnreachableError || err instanceof LocalNeo4jError;
  const message = err instanceof Error ? err.message : String(err);
  console.error(`therapy-graph: ${known ? message : `start-up failed: ${message}`}`);
  if (!known && process.env.LOG_LEVEL === 'debug') console.error(err);
  process.exit(1);
});
