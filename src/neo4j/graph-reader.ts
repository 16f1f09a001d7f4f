import neo4j, { type Driver } from 'neo4j-driver';

/**
 * Read access to the graph for the API: every query runs in a READ transaction, on the
 * named database, with a timeout, and is counted. The count is per instance; the API
 * makes one reader per request, so tests can assert how many round trips an operation
 * cost (see test/api/round-trips.test.ts).
 */
export class GraphReader {
  #roundTrips = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
  ) {}

  get roundTrips(): number {
    return this.#roundTrips;
  }

  async read<Row = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.#roundTrips += 1;
    const result = await this.driver.executeQuery(cypher, params, {
      database: this.database,
      routing: neo4j.routing.READ,
      bookmarkManager: null,
      transactionConfig: { timeout: this.timeoutMs },
    });
    return result.records.map((r) => r.toObject() as Row);
  }
}
