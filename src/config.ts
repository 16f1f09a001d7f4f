/**
 * All configuration, read from the environment and validated in one place.
 * Every other module receives an AppConfig; none reads process.env itself.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
const list = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
const onOff = (fallback: 'on' | 'off') =>
  z
    .enum(['on', 'off', 'true', 'false', '1', '0'])
    .default(fallback)
    .transform((v) => v === 'on' || v === 'true' || v === '1');
/**
 * The Bolt URI schemes the driver accepts: bolt:// to one server, neo4j:// to a cluster or
 * Aura (routing: reads go to followers, writes to the leader), each with +s (TLS, verified
 * certificate) or +ssc (TLS, self-signed certificate accepted).
 */
export const NEO4J_URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;
const neo4jUri = z
  .string()
  .url()
  .refine((u) => (NEO4J_URI_SCHEMES as readonly string[]).includes(u.slice(0, u.indexOf(':'))), {
    message: `the scheme must be one of ${NEO4J_URI_SCHEMES.map((s) => `${s}://`).join(', ')}`,
  });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  HOST: z.string().min(1).default('127.0.0.1'),
  /** 0 lets the OS choose a free port (tests, several instances side by side). */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  CORS_ORIGINS: list.default([]),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'like 100kb or 1mb').default('100kb'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** How long a client may take to send a request's headers, and the whole request (src/http/server-timeouts.ts). */
  HTTP_HEADERS_TIMEOUT_MS: positiveInt.default(10_000),
  HTTP_REQUEST_TIMEOUT_MS: positiveInt.default(30_000),
  /** Load shedding (src/http/load-shedding): requests in flight, overall and per client; 0 turns a limit off. */
  MAX_IN_FLIGHT: z.coerce.number().int().min(0).default(128),
  MAX_IN_FLIGHT_PER_CLIENT: z.coerce.number().int().min(0).default(8),
  /** How long one request may keep Neo4j working, all its statements together. */
  REQUEST_DEADLINE_MS: positiveInt.default(15_000),

  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_CONNECT_TIMEOUT_MS: positiveInt.default(5000),
  QUERY_TIMEOUT_MS: positiveInt.default(10000),

  LOCAL_NEO4J_HOST: z.string().min(1).default('127.0.0.1'),
  LOCAL_NEO4J_PORT: port.default(7687),
  LOCAL_NEO4J_DIR: z.string().min(1).default('.neo4j/dev'),
  LOCAL_NEO4J_HEAP: z.string().regex(/^\d+[mg]$/, 'like 512m or 2g').default('4g'),
  LOCAL_NEO4J_START_TIMEOUT_MS: positiveInt.default(180000),

  /** When the local Neo4j exits, restarts wait this long, doubling per failure up to the max. */
  LOCAL_NEO4J_RESTART_BACKOFF_MS: positiveInt.default(1000),
  LOCAL_NEO4J_RESTART_BACKOFF_MAX_MS: positiveInt.default(30000),

  SEED_DIR: z.string().min(1).default('graph-seed'),

  // Serving as a public API (src/http, src/observability).
  INTROSPECTION: onOff('on'),
  CACHE_MAX_AGE: z.coerce.number().int().min(0).default(60),
  RESPONSE_CACHE: onOff('on'),
  /** How often the service reads SeedMeta to notice a seed loaded by another process. */
  SEED_WATCH_MS: positiveInt.default(5000),
  CIRCUIT_FAILURE_THRESHOLD: positiveInt.default(3),
  CIRCUIT_COOLDOWN_MS: positiveInt.default(2000),

  // GraphQL request limits, checked before any Cypher runs (src/graphql/limits).
  GRAPHQL_MAX_DEPTH: positiveInt.default(10),
  GRAPHQL_MAX_ALIASES: positiveInt.default(15),
  GRAPHQL_MAX_COST: positiveInt.default(25000),
  GRAPHQL_MAX_TOKENS: positiveInt.default(2000),
  GRAPHQL_MAX_DIRECTIVES: positiveInt.default(10),
  GRAPHQL_MAX_LIST_LENGTH: positiveInt.default(100),
  GRAPHQL_MAX_ID_LENGTH: positiveInt.default(128),
  GRAPHQL_MAX_STRING_LENGTH: positiveInt.default(1024),
  /** Each client's cost budget a minute (src/graphql/limits/cost-budget.ts); 0 turns it off. */
  GRAPHQL_COST_PER_MINUTE: z.coerce.number().int().min(0).default(250_000),
  /** Requests selecting search, neighborhood, paths, audit or facets that run at once (src/graphql/limits/heavy-gate.ts). */
  GRAPHQL_MAX_HEAVY_IN_FLIGHT: positiveInt.default(4),
  /** Neo4j statements of heavy requests that run at once, whichever request they serve (src/graphql/limits/heavy-gate.ts). */
  GRAPHQL_MAX_HEAVY_STATEMENTS: positiveInt.default(2),
});

export type Env = z.infer<typeof envSchema>;

export interface LocalNeo4jConfig {
  host: string;
  port: number;
  /** Folder holding the store, logs, generated config and password; git-ignored. */
  dir: string;
  heap: string;
  startTimeoutMs: number;
  /** First wait before restarting a local Neo4j that exited; doubles per failed attempt. */
  restartBackoffMs: number;
  restartBackoffMaxMs: number;
}

export interface Neo4jConfig {
  /** Set when the user points us at their own Neo4j; otherwise `local` is started. */
  uri?: string;
  user: string;
  password?: string;
  database: string;
  connectTimeoutMs: number;
  queryTimeoutMs: number;
  /** Consecutive connection failures that open the GraphReader's circuit breaker, and how long it stays open. */
  circuit: { failureThreshold: number; cooldownMs: number };
  local: LocalNeo4jConfig;
}

export interface AppConfig {
  env: Env['NODE_ENV'];
  logLevel: Env['LOG_LEVEL'];
  http: {
    host: string;
    port: number;
    corsOrigins: string[];
    bodyLimit: string;
    rateLimitPerMinute: number;
    headersTimeoutMs: number;
    requestTimeoutMs: number;
    /** Requests in flight at once, overall and per client address (0: no limit). */
    maxInFlight: number;
    maxInFlightPerClient: number;
    /** How long one request may keep Neo4j working; each statement's timeout is cut to what is left. */
    requestDeadlineMs: number;
  };
  neo4j: Neo4jConfig;
  seedDir: string;
  graphql: GraphQLLimits;
  serving: ServingConfig;
}

/** How the API presents itself to clients, caches and operators. */
export interface ServingConfig {
  /** Schema introspection (on by default in every mode; INTROSPECTION=false turns it off). */
  introspection: boolean;
  /** Seconds a GET answer may be cached by browsers and CDNs (`Cache-Control: public, max-age`); 0 turns HTTP caching off. */
  cacheMaxAge: number;
  /** The server-side response cache (RESPONSE_CACHE=off disables it). */
  responseCache: boolean;
  seedWatchMs: number;
}

/** Limits on one GraphQL request; each rejection names the limit and its value. */
export interface GraphQLLimits {
  /** Deepest field nesting. */
  maxDepth: number;
  /** Most aliased fields. */
  maxAliases: number;
  /** Highest estimated cost, where list sizes (`first`, `last`, `limit`) multiply. */
  maxCost: number;
  /** Most lexical tokens in the document. */
  maxTokens: number;
  /** Most directives. */
  maxDirectives: number;
  /** Most values in any list argument (filter lists, `ids`, `types`). */
  maxListLength: number;
  /** Longest ID argument, in characters. */
  maxIdLength: number;
  /** Longest other string argument (cursors, `nameContains`), in characters. */
  maxStringLength: number;
  /** Estimated cost each client may spend a minute; 0: no budget. */
  costPerMinute: number;
  /** Requests selecting a heavy root field that run at once. */
  maxHeavyInFlight: number;
  /** Neo4j statements of heavy requests running at once: a heavy request's aliases queue for these. */
  maxHeavyStatements: number;
}

export class ConfigError extends Error {}

/**
 * The seed folder alone, for commands that read nothing else (the `audit` CLI command):
 * they must work whatever the Neo4j settings are, even half-set ones loadConfig refuses.
 */
export function loadSeedDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(projectRoot, pick(env, 'SEED_DIR'));
}

/** The log level alone (the CLI decides from it whether to print stacks). */
export function loadLogLevel(env: NodeJS.ProcessEnv = process.env): Env['LOG_LEVEL'] {
  return pick(env, 'LOG_LEVEL');
}

function invalidConfiguration(error: z.ZodError, name?: string): ConfigError {
  const where = (i: z.core.$ZodIssue) => (name === undefined ? i.path.join('.') : name);
  return new ConfigError(`invalid configuration: ${error.issues.map((i) => `${where(i)}: ${i.message}`).join('; ')}`);
}

function pick<K extends keyof Env>(env: NodeJS.ProcessEnv, name: K): Env[K] {
  const parsed = envSchema.shape[name].safeParse(env[name]);
  if (!parsed.success) throw invalidConfiguration(parsed.error, name);
  return parsed.data as Env[K];
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) throw invalidConfiguration(parsed.error);
  const e = parsed.data;
  if (e.GRAPHQL_COST_PER_MINUTE > 0 && e.GRAPHQL_COST_PER_MINUTE < e.GRAPHQL_MAX_COST) {
    // Otherwise the costliest accepted request could never be paid for.
    throw new ConfigError(
      `invalid configuration: GRAPHQL_COST_PER_MINUTE (${e.GRAPHQL_COST_PER_MINUTE}) must be 0 (off) or at least GRAPHQL_MAX_COST (${e.GRAPHQL_MAX_COST})`,
    );
  }
  if (e.MAX_IN_FLIGHT > 0 && e.MAX_IN_FLIGHT_PER_CLIENT > e.MAX_IN_FLIGHT) {
    throw new ConfigError(`invalid configuration: MAX_IN_FLIGHT_PER_CLIENT (${e.MAX_IN_FLIGHT_PER_CLIENT}) must not exceed MAX_IN_FLIGHT (${e.MAX_IN_FLIGHT})`);
  }
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError('invalid configuration: NEO4J_PASSWORD is required when NEO4J_URI is set');
  }
  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    http: {
      host: e.HOST,
      port: e.PORT,
      corsOrigins: e.CORS_ORIGINS,
      bodyLimit: e.BODY_LIMIT,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      headersTimeoutMs: e.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS,
      maxInFlight: e.MAX_IN_FLIGHT,
      maxInFlightPerClient: e.MAX_IN_FLIGHT_PER_CLIENT,
      requestDeadlineMs: e.REQUEST_DEADLINE_MS,
    },
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
      circuit: { failureThreshold: e.CIRCUIT_FAILURE_THRESHOLD, cooldownMs: e.CIRCUIT_COOLDOWN_MS },
      local: {
        host: e.LOCAL_NEO4J_HOST,
        port: e.LOCAL_NEO4J_PORT,
        dir: path.resolve(projectRoot, e.LOCAL_NEO4J_DIR),
        heap: e.LOCAL_NEO4J_HEAP,
        startTimeoutMs: e.LOCAL_NEO4J_START_TIMEOUT_MS,
        restartBackoffMs: e.LOCAL_NEO4J_RESTART_BACKOFF_MS,
        restartBackoffMaxMs: e.LOCAL_NEO4J_RESTART_BACKOFF_MAX_MS,
      },
    },
    seedDir: path.resolve(projectRoot, e.SEED_DIR),
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxCost: e.GRAPHQL_MAX_COST,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
      maxListLength: e.GRAPHQL_MAX_LIST_LENGTH,
      maxIdLength: e.GRAPHQL_MAX_ID_LENGTH,
      maxStringLength: e.GRAPHQL_MAX_STRING_LENGTH,
      costPerMinute: e.GRAPHQL_COST_PER_MINUTE,
      maxHeavyInFlight: e.GRAPHQL_MAX_HEAVY_IN_FLIGHT,
      maxHeavyStatements: e.GRAPHQL_MAX_HEAVY_STATEMENTS,
    },
    serving: {
      introspection: e.INTROSPECTION,
      cacheMaxAge: e.CACHE_MAX_AGE,
      responseCache: e.RESPONSE_CACHE,
      seedWatchMs: e.SEED_WATCH_MS,
    },
  };
}
