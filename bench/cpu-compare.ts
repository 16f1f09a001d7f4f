/**
 * `npx tsx bench/cpu-compare.ts <dir>[=<label>] ...`: CPU time per answer of our API as built
 * from each directory (a checkout of this project; its own node_modules or a link to one),
 * and of @neo4j/graphql, on the bench's Neo4j (port 7720, graph-seed), every workload, in
 * interleaved rounds. Each contender gets `amount` requests over 16 connections after a
 * warm-up, and its process's user + system time (/proc) over them is divided by their number.
 * CPU per answer is what issue #11 is about (our process spent ~2 ms more per request than
 * the peer's), and unlike throughput it holds up on a loaded machine, so before/after
 * comparisons of a change are made this way: run it with the old and the new checkout. The
 * bench Neo4j's CPU during each contender's requests is divided the same way: on 2 cores the
 * statements' cost to Neo4j is as much a part of the throughput as the server's own.
 *
 * Each checkout runs what its own `npm start` runs (start-command.ts), built first by its
 * `npm run build:server` when it has one.
 *
 * A checkout may carry settings of its own after commas: `. =gated,GRAPHQL_MAX_HEAVY_STATEMENTS=2`.
 *
 *   CPU_COMPARE_AMOUNT (default 2000) CPU_COMPARE_ROUNDS (default 3) BENCH_WORKLOADS=a,b
 *
 * Uses ports 7720 and 4720-4729 like `npm run bench` (only one may run at a time).
 */
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../src/config.ts';
import { startChildServer, type ChildServer } from './child-server.ts';
import { floorRunner } from './floor.ts';
import { emptyGraph } from './graphs.ts';
import { openBenchNeo4j } from './neo4j.ts';
import { readCpuMs } from './proc-cpu.ts';
import { startNeo4jGraphql } from './servers.ts';
import { startCommand } from './start-command.ts';
import { median } from './stats.ts';
import { buildWorkloads } from './workloads/index.ts';

const env = process.env;
const amount = Number(env.CPU_COMPARE_AMOUNT ?? 2000);
const rounds = Number(env.CPU_COMPARE_ROUNDS ?? 3);
const only = env.BENCH_WORKLOADS?.split(',');
const variants = process.argv.slice(2).map((arg, i) => {
  // <dir>[=<label>][,NAME=value...]: a checkout, and settings of its own (e.g. a limit at another value).
  const [spec, ...settings] = arg.split(',');
  const [dir, label] = spec!.split('=');
  const env = Object.fromEntries(settings.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  return { dir: path.resolve(dir!), label: label ?? `v${i + 1}`, env };
});
if (!variants.length) {
  console.error('usage: tsx bench/cpu-compare.ts <dir>[=<label>][,NAME=value...] ...');
  process.exit(2);
}
const log = (line: string) => console.error(`[cpu-compare] ${line}`);
const logDir = path.join(import.meta.dirname, 'results', 'scratch', 'cpu-compare');

const neo4j = await openBenchNeo4j();
const servers: ChildServer[] = [];
try {
  await emptyGraph(neo4j);
  const ours: { label: string; server: ChildServer }[] = [];
  for (const [i, v] of variants.entries()) {
    const scripts = (JSON.parse(readFileSync(path.join(v.dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    if (scripts['build:server']) execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: v.dir, stdio: 'inherit' });
    const start = startCommand(v.dir);
    // The first one seeds the emptied graph with graph-seed; the others find it seeded.
    const server = await startChildServer({
      name: `ours-${v.label}`,
      entry: start.entry,
      nodeArgs: start.nodeArgs,
      cwd: v.dir,
      plainNode: true,
      env: {
        ...neo4j.childEnv,
        PORT: String(4723 + i),
        NODE_ENV: 'production',
        RATE_LIMIT_PER_MINUTE: '0',
        GRAPHQL_COST_PER_MINUTE: '0',
        MAX_IN_FLIGHT_PER_CLIENT: '0',
        GRAPHQL_MAX_HEAVY_IN_FLIGHT: '16',
        GRAPHQL_MAX_HEAVY_STATEMENTS: '16',
        RESPONSE_CACHE: 'off',
        ...v.env,
      },
      logDir,
    });
    servers.push(server);
    ours.push({ label: v.label, server });
    log(`${v.label}: ${v.dir} at ${server.url} (pid ${server.pid})`);
  }
  const peer = await startNeo4jGraphql('seed', neo4j, logDir);
  servers.push(peer);
  const floor = floorRunner(neo4j.driver, neo4j.database, loadConfig().neo4j.queryTimeoutMs);
  const workloads = (await buildWorkloads('seed', floor, peer.url)).filter((w) => !only || only.includes(w.id));
  const contenders = [
    ...ours.map((o) => ({ label: o.label, server: o.server, body: (w: (typeof workloads)[number]) => JSON.stringify(w.ours) })),
    { label: '@neo4j/graphql', server: peer, body: (w: (typeof workloads)[number]) => JSON.stringify(w.neo4jGraphql) },
  ];
  // Per workload and contender, each round's figures per answer: the server's CPU, the bench
  // Neo4j's CPU meanwhile (its statements cost Neo4j differently), and the bytes sent back.
  const perAnswer = new Map<string, Figures[]>();
  // Warm-up (JIT, Neo4j's plan cache, pools): first one connection, as a cold statement under
  // 16 at once can outlast the query timeout on a loaded machine; failures here do not count.
  for (const w of workloads) for (const c of contenders) await fire(c.server.url, c.body(w), 20, 1);
  for (let round = 0; round <= rounds; round++) {
    for (const w of workloads) {
      for (const c of contenders) {
        const n = round === 0 ? Math.ceil(amount / 4) : amount;
        const before = readCpuMs(c.server.pid)!;
        const neo4jBefore = neo4jCpuMs();
        const { bad, bytes } = await fire(c.server.url, c.body(w), n);
        const neo4jAfter = neo4jCpuMs();
        const figures: Figures = {
          server: (readCpuMs(c.server.pid)! - before) / n,
          neo4j: neo4jBefore === undefined || neo4jAfter === undefined ? Number.NaN : (neo4jAfter - neo4jBefore) / n,
          bytes: bytes / n,
        };
        if (round === 0) continue;
        // A failed answer (a timeout) costs the process less than an answer: the figure would lie.
        if (bad) throw new Error(`${c.label} ${w.id}: ${bad} of ${n} answers failed`);
        const key = `${w.id}\u0000${c.label}`;
        perAnswer.set(key, [...(perAnswer.get(key) ?? []), figures]);
        log(`round ${round} ${w.id.padEnd(13)} ${c.label.padEnd(16)} CPU ms per answer: server ${figures.server.toFixed(3)}, Neo4j ${figures.neo4j.toFixed(3)}; ${Math.round(figures.bytes)} B`);
      }
    }
  }
  const table = (title: string, figure: (f: Figures) => number, digits: number) => {
    console.log(`\n${title} (median of ${rounds} rounds of ${amount} answers, 16 connections)\n`);
    console.log(`| workload | ${contenders.map((c) => c.label).join(' | ')} |`);
    console.log(`| --- |${contenders.map(() => ' ---: |').join('')}`);
    for (const w of workloads) {
      console.log(`| ${w.id} | ${contenders.map((c) => median(perAnswer.get(`${w.id}\u0000${c.label}`)!.map(figure)).toFixed(digits)).join(' | ')} |`);
    }
  };
  table('Server CPU ms per answer (/proc user + system of the server process)', (f) => f.server, 2);
  table(`The bench Neo4j's CPU ms per answer during each contender's requests${neo4j.pid === undefined ? ' (unknown: NEO4J_URI names a Neo4j the bench did not start)' : ''}`, (f) => f.neo4j, 2);
  table('Server + Neo4j CPU ms per answer', (f) => f.server + f.neo4j, 2);
  table('Bytes per response on the wire (headers included)', (f) => f.bytes, 0);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await neo4j.close();
}

interface Figures {
  server: number;
  /** NaN where the bench's Neo4j is not on this machine. */
  neo4j: number;
  bytes: number;
}

function neo4jCpuMs(): number | undefined {
  return neo4j.pid === undefined ? undefined : readCpuMs(neo4j.pid);
}

/** `n` POSTs of `body` over `connections` keep-alive connections; how many failed (HTTP or GraphQL errors), and the bytes received. */
function fire(url: string, body: string, n: number, connections = 16): Promise<{ bad: number; bytes: number }> {
  let bad = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections,
        amount: n,
        timeout: 30,
        verifyBody: (b) => {
          const ok = !b.includes('"errors":');
          if (!ok) bad += 1;
          return ok;
        },
      },
      (err, result) => (err ? reject(err) : resolve({ bad: bad + result.non2xx + result.errors, bytes: result.throughput.total })),
    );
  });
}
