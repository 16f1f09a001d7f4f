/**
 * The floor's statement run with the raw driver: one read transaction with the API's
 * timeout, every record turned into a plain object (as any client of the driver would).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Statement } from './workloads/workload.ts';

export type Rows = Record<string, unknown>[];

export interface FloorRunner {
  run(s: Statement): Promise<Rows>;
}

export function floorRunner(driver: Driver, database: string, timeoutMs: number): FloorRunner {
  return {
    async run(s) {
      const result = await driver.executeQuery(s.cypher, s.params, {
        database,
        routing: neo4j.routing.READ,
        bookmarkManager: null,
        transactionConfig: { timeout: timeoutMs },
      });
      return result.records.map((r) => r.toObject());
    },
  };
}
