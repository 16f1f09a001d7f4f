import { createServer, type Server, type ServerOptions, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from './config.ts';
import { SeedVersion, watchSeedVersion } from './graphql/caching/seed-version.ts';
import { printedSchema } from './graphql/schema-sdl.ts';
import { createApolloServer, createRequestContext } from './graphql/server.ts';
import { createHttpApp } from './http/app.ts';
import { readinessCheck } from './http/readiness.ts';
import { serverTimeouts } from './http/server-timeouts.ts';
import type { Logger } from './logger.ts';
import { CircuitBreaker } from './neo4j/circuit-breaker.ts';
import { AuditCache } from './graphql/caching/audit-cache.ts';
import { BudgetRefusals } from './graphql/limits/budget-refusals.ts';
import { connectNeo4j, type Neo4jHandle } from './neo4j/connect.ts';
import { POOL_SIZE } from './neo4j/driver.ts';
import { DEADLINE_GRACE_MS } from './neo4j/graph-reader.ts';
import { inPool } from './neo4j/pool-ledger.ts';
import { Metrics } from './observability/metrics.ts';
import { ensureSeeded } from './seed/ensure-seeded.ts';

export interface RunningService {
  url: string;
  neo4j: Neo4jHandle;
  timings: { neo4jMs: number; seedMs: number; totalMs: number };
  seed: { loaded: boolean; hash: string };
  /** The seed the graph holds now (it changes when another process loads a seed). */
  seedVersion: SeedVersion;
  /**
   * Stops taking requests, lets in-flight ones finish (for at most the longest a query may
   * run, QUERY_TIMEOUT_MS plus the reader's grace), then closes the driver and Neo4j.
   */
  close(): Promise<void>;
}

/** Starts the whole service: Neo4j (configured or local), the seed if needed, HTTP. */
export async function startService(config: AppConfig, logger: Logger): Promise<RunningService> {
  const t0 = performance.now();
  const neo4j = await connectNeo4j(config.neo4j, { supervise: { logger } });
  const t1 = performance.now();
  try {
    const seed = await ensureSeeded(neo4j.driver, neo4j.database, config.seedDir);
    const t2 = performance.now();

    const seedVersion = new SeedVersion(seed.hash);
    const breaker = new CircuitBreaker(config.neo4j.circuit);
    const metrics = new Metrics({ poolSize: POOL_SIZE, poolInUse: () => inPool(neo4j.driver), breaker });
    metrics.setSeedVersion(seedVersion.current);
    seedVersion.onChange((version) => metrics.setSeedVersion(version));
    const stopWatching = watchSeedVersion(neo4j.driver, neo4j.database, seedVersion, config.serving.seedWatchMs, logger);
    const serving = { seedVersion, metrics, breaker, auditCache: new AuditCache(seedVersion), budgetRefusals: new BudgetRefusals() };
    const deps = { config, driver: neo4j.driver, database: neo4j.database, logger, serving };
    const apollo = createApolloServer(deps);
    await apollo.start();
    const drain = new Drain();
    const probe = readinessCheck(neo4j.driver, neo4j.database, 1500);
    const ready = async () => {
      const problem = neo4j.problem();
      return problem ? { ready: false as const, reason: problem } : probe();
    };
    const app = createHttpApp({
      config,
      logger,
      apollo,
      context: (client) => createRequestContext(deps, client),
      readiness: () => (drain.closing ? Promise.resolve({ ready: false, reason: 'shutting down' }) : ready()),
      metrics,
      budgetRefusals: serving.budgetRefusals,
      schemaSdl: config.serving.introspection ? printedSchema() : undefined,
    });
    const server = await listen(drain.wrap(app), config.http.host, config.http.port, serverTimeouts(config.http));
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.http.host}:${port}/graphql`;

    return {
      url,
      neo4j,
      timings: { neo4jMs: t1 - t0, seedMs: t2 - t1, totalMs: performance.now() - t0 },
      seed: { loaded: seed.loaded, hash: seed.hash },
      seedVersion,
      close: async () => {
        stopWatching();
        await drain.close(server, config.neo4j.queryTimeoutMs + DEADLINE_GRACE_MS);
        await apollo.stop();
        await neo4j.close();
      },
    };
  } catch (err) {
    await neo4j.close();
    throw err;
  }
}

type RequestListener = NonNullable<Parameters<typeof createServer>[1]>;

function listen(app: RequestListener, host: string, port: number, options: ServerOptions): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(options, app);
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`HTTP port ${host}:${port} is already in use; set PORT`) : err),
    );
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * Graceful close of the HTTP server. server.close() stops accepting connections and waits
 * for in-flight requests, but a client on a keep-alive connection could go on sending
 * requests on it for ever; so once closing, every response (those in flight included) says
 * `Connection: close`, idle connections are closed at once, and whatever is still open after
 * `graceMs` is cut.
 */
class Drain {
  closing = false;
  readonly #inFlight = new Set<ServerResponse>();

  wrap(app: RequestListener): RequestListener {
    return (req, res) => {
      if (this.closing) res.setHeader('connection', 'close');
      this.#inFlight.add(res);
      res.once('close', () => this.#inFlight.delete(res));
      app(req, res);
    };
  }

  close(server: Server, graceMs: number): Promise<void> {
    this.closing = true;
    for (const res of this.#inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    return new Promise((resolve, reject) => {
      const cut = setTimeout(() => server.closeAllConnections(), graceMs);
      server.close((err) => {
        clearTimeout(cut);
        if (err) reject(err);
        else resolve();
      });
      server.closeIdleConnections();
    });
  }
}
