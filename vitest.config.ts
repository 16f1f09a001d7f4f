import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (src/** and bench/**, beside the code, and the Cypher snapshots of
 * test/tck; no database) and `integration` (test/**, against a real Neo4j that
 * test/global-setup.ts provides). Integration files run one at a
 * time because Neo4j Community has a single user database and some tests reload the graph.
 */
export default defineConfig({
  // One copy of graphql-js, the CommonJS one Apollo loads: Vite would otherwise hand our own
  // `import 'graphql'` the ESM build, whose instanceof checks fail on Apollo's schema objects
  // (the read plan reads argument values and directives of the running schema).
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // test/tck: GraphQL in, Cypher out, no database.
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts', 'test/tck/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['test/reliability/**', 'test/tck/**'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
