/**
 * `npx tsx bench/statement-cpu.ts`: the CPU time the bench's Neo4j spends per execution of
 * each contender's statements for one answer (ours, captured from our API in-process;
 * @neo4j/graphql's, captured from the library in-process; the floor's), and their db hits.
 * No HTTP and no GraphQL server in the way: this is where a statement costs the JVM more than
 * another's. Interleaved rounds (ours, peer, floor, ours, ...), each contender's statements
 * run `amount` times, `concurrency` at a time, with the driver; Neo4j's user + system time
 * from /proc over them, divided by the executions; the median of the rounds.
 *
 * Runs on the graph the bench's Neo4j holds (graph-seed after `npm run bench` or
 * bench/cpu-compare.ts); prints the statements to bench/results/scratch/statements/.
 *
 *   STATEMENT_CPU_AMOUNT (default 500) STATEMENT_CPU_ROUNDS (default 5) STATEMENT_CPU_CONCURRENCY (default 4) BENCH_WORKLOADS=a,b
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4jDriver from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import { floorRunner } from './floor.ts';
import { inProcessApi } from './in-process-api.ts';
import { peerStatements } from './neo4j-graphql/statements.ts';
import { openBenchNeo4j } from './neo4j.ts';
import { startNeo4jGraphql } from './servers.ts';
import { readCpuMs } from './proc-cpu.ts';
import { median } from './stats.ts';
import { totalDbHits } from './recording-driver.ts';
import { buildWorkloads } from './workloads/index.ts';
import type { Statement } from './workloads/workload.ts';

const env = process.env;
const amount = Number(env.STATEMENT_CPU_AMOUNT ?? 500);
const rounds = Number(env.STATEMENT_CPU_ROUNDS ?? 5);
const concurrency = Number(env.STATEMENT_CPU_CONCURRENCY ?? 4);
const only = env.BENCH_WORKLOADS?.split(',');
const log = (line: string) => console.error(`[statement-cpu] ${line}`);
const outDir = path.join(import.meta.dirname, 'results', 'scratch', 'statements');

const neo4j = await openBenchNeo4j();
if (neo4j.pid === undefined) throw new Error('statement-cpu needs the bench’s own Neo4j on this machine (its CPU is read from /proc)');
const neo4jPid = neo4j.pid;
const timeout = loadConfig().neo4j.queryTimeoutMs;
const run = (s: Statement) =>
  neo4j.driver.executeQuery(s.cypher, s.params, { database: neo4j.database, routing: neo4jDriver.routing.READ, bookmarkManager: null, transactionConfig: { timeout } });
const api = await inProcessApi(neo4j, false);
// The flagship's client walks the subtype tree through the peer's server once (workloads/subtypes.ts).
const peerServer = await startNeo4jGraphql('seed', neo4j, path.join(outDir, 'logs'));
try {
  const peer = await peerStatements(neo4j.driver, neo4j.database);
  const floor = floorRunner(neo4j.driver, neo4j.database, timeout);
  const workloads = (await buildWorkloads('seed', floor, peerServer.url)).filter((w) => !only || only.includes(w.id));
  mkdirSync(outDir, { recursive: true });
  const rows: string[] = [];
  for (const w of workloads) {
    const contenders = {
      ours: (await api.statementsOf(w.ours)).map(({ cypher, params }) => ({ cypher, params })),
      // The second answer's: the library checks Neo4j's version (dbms.components()) once, before its first.
      peer: await peer.statementsOf(w.neo4jGraphql).then(() => peer.statementsOf(w.neo4jGraphql)),
      floor: [w.floor],
    };
    writeFileSync(path.join(outDir, `${w.id}.txt`), Object.entries(contenders).map(([c, ss]) => ss.map((s) => `// ${c}\n${s.cypher}\n// ${JSON.stringify(s.params)}\n`).join('\n')).join('\n'));
    const hits: Record<string, number> = {};
    const bytes: Record<string, number> = {};
    for (const [c, ss] of Object.entries(contenders)) {
      hits[c] = 0;
      bytes[c] = 0;
      for (const s of ss) {
        await run(s);
        const profiled = await run({ cypher: `PROFILE ${s.cypher.replace(/^CYPHER 5\s+/, '')}`, params: s.params });
        hits[c] += profiled.summary.profile ? totalDbHits(profiled.summary.profile) : 0;
        bytes[c] += JSON.stringify(profiled.records.map((r) => r.toObject()), (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)).length;
      }
    }
    const perExec: Record<string, number[]> = { ours: [], peer: [], floor: [] };
    const benchPerExec: Record<string, number[]> = { ours: [], peer: [], floor: [] };
    for (let round = 0; round <= rounds; round++) {
      for (const [c, ss] of Object.entries(contenders)) {
        const before = readCpuMs(neo4jPid)!;
        const own = process.cpuUsage();
        let next = 0;
        await Promise.all(
          Array.from({ length: concurrency }, async () => {
            while (next < amount) {
              next += 1;
              for (const s of ss) await run(s);
            }
          }),
        );
        const ownUsed = process.cpuUsage(own);
        if (round === 0) continue; // warm-up
        perExec[c]!.push((readCpuMs(neo4jPid)! - before) / amount);
        benchPerExec[c]!.push((ownUsed.user + ownUsed.system) / 1000 / amount);
      }
    }
    const cell = (c: string) => `${median(perExec[c]!).toFixed(2)} (${median(benchPerExec[c]!).toFixed(2)}) | ${hits[c]} | ${bytes[c]}`;
    const line = `| ${w.id} | ${contenders.ours.length} | ${cell('ours')} | ${contenders.peer.length} | ${cell('peer')} | ${cell('floor')} |`;
    log(line);
    rows.push(line);
  }
  console.log(`\nNeo4j CPU ms per answer's statements (median of ${rounds} rounds of ${amount}, ${concurrency} at a time), in brackets the driver's (this process's) CPU ms; db hits; characters of the records as JSON\n`);
  console.log('| workload | ours: statements | Neo4j CPU (driver) | db hits | chars | @neo4j/graphql: statements | Neo4j CPU (driver) | db hits | chars | floor: Neo4j CPU (driver) | db hits | chars |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(r);
} finally {
  await Promise.all([api.stop(), peerServer.stop()]);
  await neo4j.close();
}
