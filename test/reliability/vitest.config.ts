import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:reliability`: the long scenarios (load, Neo4j outage, shutdown cycles,
 * seeding faults), minutes each, on a real Neo4j. The shared Neo4j comes from the same
 * global set-up as `npm test`, on its own port and store (override with TEST_NEO4J_PORT /
 * TEST_NEO4J_DIR); scenarios that stop or kill a Neo4j start their own on further ports.
 * Files run one at a time: they measure, and they share one machine's two cores. The service
 * runs as `npm start` runs it, from dist/main.js, built once first (build-setup.ts).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.env.TEST_NEO4J_PORT ??= '7733';
process.env.TEST_NEO4J_DIR ??= '.neo4j/reliability';

export default defineConfig({
  root,
  test: {
    name: 'reliability',
    include: ['test/reliability/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts', 'test/reliability/build-setup.ts'],
    fileParallelism: false,
    testTimeout: 20 * 60_000,
    hookTimeout: 11 * 60_000,
    reporters: ['verbose'],
  },
});
