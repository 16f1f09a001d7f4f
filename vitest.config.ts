import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (src/** and bench/**, beside the code, no database) and `integration`
 * (test/**, against a real Neo4j that test/global-setup.ts provides). Integration files run one at a
 * time because Neo4j Community has a single user database and some tests reload the graph.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['test/reliability/**'],
          globalSetup: ['test/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
