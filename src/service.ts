import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from './config.ts';
import { createApolloServer, createRequestContext } from './graphql/server.ts';
import { createHttpApp } from './http/app.ts';
import { readinessCheck } from './http/readiness.ts';
import type { Logger } from './logger.ts';
import { connectNeo4j, type Neo4jHandle } from './neo4j/connect.ts';
import { ensureSeeded } from './seed/ensure-seeded.ts';

export interface RunningService {
  url: string;
  neo4j: Neo4jHandle;
  timings: { neo4jMs: number; seedMs: number; totalMs: number };
  seed: { loaded: boolean; hash: string };
  /** Stops taking requests, lets in-flight ones finish, then closes Neo4j. */
  close(): Promise<void>;
}

/** Starts the whole service: Neo4j (configured or local), the seed if needed, HTTP. */
export async function startService(config: AppConfig, logger: Logger): Promise<RunningService> {
  const t0 = performance.now();
  const neo4j = await connectNeo4j(config.neo4j);
  const t1 = performance.now();
  try {
    const seed = await ensureSeeded(neo4j.driver, neo4j.database, config.seedDir);
    const t2 = performance.now();

    const deps = { config, driver: neo4j.driver, database: neo4j.database, logger };
    const apollo = createApolloServer(deps);
    await apollo.start();
    const app = createHttpApp({
      config,
      logger,
      apollo,
      context: () => createRequestContext(deps),
      readiness: readinessCheck(neo4j.driver, neo4j.database, 1500),
    });
    const server = await listen(app, config.http.host, config.http.port);
    const { port } = server.address() as AddressInfo;
    const url = `http://${config.http.host}:${port}/graphql`;

    return {
      url,
      neo4j,
      timings: { neo4jMs: t1 - t0, seedMs: t2 - t1, totalMs: performance.now() - t0 },
      seed: { loaded: seed.loaded, hash: seed.hash },
      close: async () => {
        await closeServer(server);
        await apollo.stop();
        await neo4j.close();
      },
    };
  } catch (err) {
    await neo4j.close();
    throw err;
  }
}

function listen(app: Parameters<typeof createServer>[1], host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`HTTP port ${host}:${port} is already in use; set PORT`) : err),
    );
    server.listen(port, host, () => resolve(server));
  });
}

/** server.close() waits for in-flight requests; idle keep-alive sockets are closed at once. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((err) => (err ? reject(err) : resolve()));
    server.closeIdleConnections();
  });
}
