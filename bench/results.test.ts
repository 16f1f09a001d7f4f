import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findProcessByArgs } from './process-by-args.ts';
import { renderCpu } from './render.ts';
import { meets, type GraphResult, type WorkloadResult } from './results.ts';
import { summarize, type ContenderSummary } from './summary.ts';
import { Samples } from './stats.ts';
import type { Slot } from './slot.ts';

describe('meets', () => {
  it('compares finite figures with the bound', () => {
    expect(meets(2.1, '>=', 2)).toBe(true);
    expect(meets(1.9, '>=', 2)).toBe(false);
    expect(meets(1.5, '<=', 1.5)).toBe(true);
    expect(meets(500, '<', 500)).toBe(false);
  });

  it('never counts a missing measurement as met: Infinity, NaN, or null (how JSON stores them)', () => {
    for (const op of ['>=', '<=', '<'] as const) {
      expect(meets(Number.POSITIVE_INFINITY, op, 2)).toBe(false);
      expect(meets(Number.NEGATIVE_INFINITY, op, 2)).toBe(false);
      expect(meets(Number.NaN, op, 2)).toBe(false);
      expect(meets(null, op, 2)).toBe(false);
    }
  });
});

function slot(requests: number, extra: Partial<Slot>): Slot {
  return { requests, seconds: 1, samples: new Samples(), errors: 0, non2xx: 0, graphqlErrors: 0, ...extra };
}

describe('summarize: CPU and bytes per answer', () => {
  it('divides the slots’ sums by all their answers', () => {
    const s = summarize([slot(100, { cpuMs: 200, neo4jCpuMs: 300, loadCpuMs: 50, bytes: 100_000 }), slot(300, { cpuMs: 600, neo4jCpuMs: 500, loadCpuMs: 150, bytes: 300_400 })]);
    expect(s).toMatchObject({ cpuMsPerRequest: 2, neo4jCpuMsPerRequest: 2, loadCpuMsPerRequest: 0.5, bytesPerAnswer: 1001 });
  });

  it('leaves a figure out when any slot could not measure it (Neo4j elsewhere, the floor has no server)', () => {
    const s = summarize([slot(100, { neo4jCpuMs: 10, loadCpuMs: 5 }), slot(100, { loadCpuMs: 5 })]);
    expect(s.loadCpuMsPerRequest).toBe(0.05);
    expect(s).not.toHaveProperty('neo4jCpuMsPerRequest');
    expect(s).not.toHaveProperty('cpuMsPerRequest');
    expect(s).not.toHaveProperty('bytesPerAnswer');
  });
});

describe('renderCpu', () => {
  const contender = (extra: Partial<ContenderSummary>): ContenderSummary => ({
    ...summarize([slot(10, {})]),
    ...extra,
  });
  const result = (source: string, neo4j: number | undefined): GraphResult => {
    const n = neo4j === undefined ? {} : { neo4jCpuMsPerRequest: neo4j };
    const w = {
      title: 'search',
      contenders: {
        ours: contender({ cpuMsPerRequest: 2.5, loadCpuMsPerRequest: 1, bytesPerAnswer: 4321, ...n }),
        neo4jGraphql: contender({ cpuMsPerRequest: 2, loadCpuMsPerRequest: 1.25, bytesPerAnswer: 5000, ...n }),
        floor: contender({ loadCpuMsPerRequest: 0.5, ...n }),
      },
    } as unknown as WorkloadResult;
    return { neo4j: { uri: 'bolt://x', source }, workloads: [w] } as unknown as GraphResult;
  };

  it('gives each contender its server, Neo4j and bench CPU, their sum, and the bytes', () => {
    const row = renderCpu(result('local', 3)).at(-1)!;
    expect(row).toBe('| search | 2.5 | 3 | 1 | 6.5 | 2 | 3 | 1.25 | 6.25 | 3 | 0.5 | 3.5 | 4321 | 5000 |');
  });

  it('says Neo4j’s CPU is unknown, and sums nothing, when the bench did not start it', () => {
    const lines = renderCpu(result('configured', undefined));
    expect(lines[0]).toContain('unknown');
    expect(lines.at(-1)).toBe('| search | 2.5 | – | 1 | – | 2 | – | 1.25 | – | – | 0.5 | – | 4321 | 5000 |');
  });
});

describe('findProcessByArgs', () => {
  it('finds a running process by a flag and the value after it, and nothing once it is gone', async () => {
    const home = `/tmp/bench-home-${process.pid}-${Date.now()}`;
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)', '--', '--home', home], { stdio: 'ignore' });
    await new Promise((resolve) => child.once('spawn', resolve));
    try {
      expect(findProcessByArgs('--home', home)).toBe(child.pid);
      expect(findProcessByArgs('--home', `${home}-other`)).toBeUndefined();
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    }
    expect(findProcessByArgs('--home', home)).toBeUndefined();
  });
});
