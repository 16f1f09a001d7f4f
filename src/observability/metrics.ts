import client from 'prom-client';
import type { CircuitBreaker } from '../neo4j/circuit-breaker.ts';
import type { StatementObserver } from '../neo4j/graph-reader.ts';

/** How a GraphQL request ended, as a metric label. */
export type Outcome = 'ok' | 'partial' | 'error' | 'rejected';

/**
 * Operation names come from clients; past this many distinct names, new ones are counted
 * as "(other)" so that a client cannot grow the metrics without bound.
 */
const MAX_OPERATION_NAMES = 200;
const ANONYMOUS = '(anonymous)';
const OTHER = '(other)';

/**
 * The service's Prometheus metrics (GET /metrics), on a registry of its own (prom-client's
 * default one is global, and tests start several services in one process).
 */
export class Metrics {
  readonly registry = new client.Registry();
  readonly #operations = new Set<string>();
  readonly #byReader = new WeakMap<object, RequestMetrics>();

  readonly #requests = new client.Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome (ok, partial: data with errors, error: no data, rejected: parse/validation/limits)',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly #duration = new client.Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to sending its answer',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
    registers: [this.registry],
  });
  readonly #errors = new client.Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors sent, by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  readonly #statementsPerRequest = new client.Histogram({
    name: 'neo4j_statements_per_request',
    help: 'Neo4j statements (round trips) one GraphQL request ran, by operation name',
    labelNames: ['operation'] as const,
    buckets: [0, 1, 2, 3, 4, 6, 8, 12, 16, 24],
    registers: [this.registry],
  });
  readonly #statementDuration = new client.Histogram({
    name: 'neo4j_statement_duration_seconds',
    help: 'Duration of each Neo4j statement the API ran, by operation name and outcome (ok, error, unavailable, timeout)',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly #statementServer = new client.Histogram({
    name: 'neo4j_statement_server_seconds',
    help: "Neo4j's own time for each answered statement (resultAvailableAfter + resultConsumedAfter), by operation name: neo4j_statement_duration_seconds less this is the wait for a connection, the network and our event loop",
    labelNames: ['operation'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly #poolSize = new client.Gauge({
    name: 'neo4j_pool_connections_max',
    help: "The driver's connection pool size",
    registers: [this.registry],
  });
  readonly #seed = new client.Gauge({
    name: 'therapy_graph_seed_info',
    help: 'The seed the graph holds (its content hash): 1 for the current one',
    labelNames: ['version'] as const,
    registers: [this.registry],
  });

  /**
   * `poolInUse`: the statements the driver holds now, read from the pool ledger
   * (src/neo4j/pool-ledger.ts) when /metrics is scraped: the same count the reader tells a
   * statement that queued in our pool from one sent to Neo4j by, for the circuit breaker,
   * kept once rather than twice.
   */
  constructor(o: { poolSize: number; poolInUse: () => number; breaker?: CircuitBreaker }) {
    client.collectDefaultMetrics({ register: this.registry });
    this.#poolSize.set(o.poolSize);
    const poolInUse = o.poolInUse;
    new client.Gauge({
      name: 'neo4j_pool_connections_in_use',
      help: "Driver connections in use by the API: statements the driver still holds, each on one of the pool's connections or waiting for one (a read given up on against a hung Neo4j counts until Neo4j answers)",
      registers: [this.registry],
      collect() {
        this.set(poolInUse());
      },
    });
    const breaker = o.breaker;
    if (breaker) {
      new client.Gauge({
        name: 'neo4j_circuit_open',
        help: 'The GraphReader circuit breaker: 0 closed, 1 open (failing fast), 0.5 half-open (probing)',
        registers: [this.registry],
        collect() {
          this.set({ closed: 0, open: 1, 'half-open': 0.5 }[breaker.state]);
        },
      });
    }
  }

  setSeedVersion(version: string): void {
    this.#seed.reset();
    this.#seed.set({ version }, 1);
  }

  /** The metrics of the request whose GraphReader is `reader` (see `request`). */
  of(reader: object): RequestMetrics {
    let request = this.#byReader.get(reader);
    if (!request) this.#byReader.set(reader, (request = this.request()));
    return request;
  }

  /** Ties a request's metrics to its GraphReader, where the Apollo plugin finds them. */
  attach(reader: object, request: RequestMetrics): void {
    this.#byReader.set(reader, request);
  }

  /**
   * The metrics of one request: its GraphReader reports statements to `observer`, labelled
   * with the operation once it is known.
   */
  request(): RequestMetrics {
    const labels = { operation: ANONYMOUS };
    let statements = 0;
    const observer: StatementObserver = {
      started: () => {
        statements += 1;
      },
      finished: (ms, outcome) => {
        this.#statementDuration.observe({ operation: labels.operation, outcome }, ms / 1000);
      },
      answered: (serverMs) => this.#statementServer.observe({ operation: labels.operation }, serverMs / 1000),
    };
    return {
      observer,
      setOperation: (name) => (labels.operation = this.#operationLabel(name)),
      finish: (seconds, outcome, errorCodes) => {
        this.#requests.inc({ operation: labels.operation, outcome });
        this.#duration.observe({ operation: labels.operation, outcome }, seconds);
        if (outcome !== 'rejected') this.#statementsPerRequest.observe({ operation: labels.operation }, statements);
        for (const code of errorCodes) this.#errors.inc({ code });
      },
    };
  }

  #operationLabel(name: string | null | undefined): string {
    if (!name) return ANONYMOUS;
    if (this.#operations.has(name)) return name;
    if (this.#operations.size >= MAX_OPERATION_NAMES) return OTHER;
    this.#operations.add(name);
    return name;
  }
}

export interface RequestMetrics {
  readonly observer: StatementObserver;
  setOperation(name: string | null | undefined): void;
  finish(seconds: number, outcome: Outcome, errorCodes: string[]): void;
}
