/**
 * `npm start`: the service on the embedded default (or NEO4J_URI), seeded, until SIGTERM.
 * Start-up failures print one line saying what to check and exit non-zero.
 */
import { ConfigError, loadConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { Neo4jUnreachableError } from './neo4j/connect.ts';
import { LocalNeo4jError } from './neo4j-local/launch.ts';
import { startService } from './service.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const service = await startService(config, logger);
  const { neo4jMs, seedMs, totalMs } = service.timings;
  const seedNote = service.seed.loaded ? `seeded in ${ms(seedMs)}` : `seed unchanged, checked in ${ms(seedMs)}`;
  console.log(`therapy-graph ready at ${service.url}`);
  console.log(`  Neo4j ${service.neo4j.version} at ${service.neo4j.uri} (${service.neo4j.source}), connected in ${ms(neo4jMs)}`);
  console.log(`  graph-seed ${service.seed.hash.slice(0, 12)}: ${seedNote}; start-up took ${ms(totalMs)}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing in-flight requests, then stopping Neo4j`);
    try {
      await service.close();
      process.exit(0);
    } catch (err) {
      logger.error({ err }, 'error while stopping');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
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
