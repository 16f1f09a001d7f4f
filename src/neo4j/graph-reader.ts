import neo4j, { type Driver } from 'neo4j-driver';
import { queryTimeout, toGraphError } from './errors.ts';

/**
 * How long past its own timeout a read may go unanswered before the reader gives up on it.
 * Neo4j stops a transaction at the timeout itself; this bound is for a Neo4j that answers
 * nothing at all (hung, paused, or a network that drops packets), where no server-side limit
 * can fire and the driver would wait indefinitely.
 */
export const DEADLINE_GRACE_MS = 2000;

/**
 * Read access to the graph for the API: every query runs in a READ transaction (Neo4j
 * refuses any write in one), on the named database, with a timeout, and is counted. The count
 * is per instance; the API makes one reader per request, so tests can assert how many round
 * trips an operation cost (see test/api/round-trips.test.ts).
 *
 * Failures that are not the query's fault come out as GraphUnavailableError
 * (SERVICE_UNAVAILABLE) or QueryTimeoutError (QUERY_TIMEOUT); see ./errors.ts.
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
    const query = this.driver.executeQuery(cypher, params, {
      database: this.database,
      routing: neo4j.routing.READ,
      bookmarkManager: null,
      transactionConfig: { timeout: this.timeoutMs },
    });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(queryTimeout(this.timeoutMs)), this.timeoutMs + DEADLINE_GRACE_MS);
    });
    try {
      const result = await Promise.race([query, deadline]);
      return result.records.map((r) => r.toObject() as Row);
    } catch (err) {
      // Past the deadline the query may still settle; its outcome no longer matters.
      query.catch(() => {});
      throw toGraphError(err, this.timeoutMs);
    } finally {
      clearTimeout(timer);
    }
  }
}
