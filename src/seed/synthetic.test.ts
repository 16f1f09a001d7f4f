import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SeedGraph } from './graph.ts';
import { KIND_LIST } from '../model/kinds.ts';
import { formatProblem } from './problem.ts';
import { syntheticSeed, syntheticSeedGraph } from './synthetic.ts';
import { validateSeed } from './validate.ts';

const digest = (g: SeedGraph) => createHash('sha256').update(JSON.stringify(g)).digest('hex');

describe('synthetic seed', () => {
  it('is the same graph for the same options, and another for another random seed', () => {
    const a = syntheticSeedGraph({ nodes: 2000, randomSeed: 7 });
    const b = syntheticSeedGraph({ nodes: 2000, randomSeed: 7 });
    const c = syntheticSeedGraph({ nodes: 2000, randomSeed: 8 });
    expect(digest(a)).toBe(digest(b));
    expect(a.hash).toBe(b.hash);
    expect(digest(c)).not.toBe(digest(a));
    expect(c.hash).not.toBe(a.hash);
  });

  it('passes the same validation as graph-seed/', () => {
    const seed = syntheticSeed({ nodes: 3000, randomSeed: 3 });
    const files = KIND_LIST.map((kind) => ({ kind, entries: seed.entries[kind.name].map((value, i) => ({ value, line: i + 1 })) }));
    const validation = validateSeed({ origin: seed.origin, hash: seed.hash, files, problems: [] });
    expect(validation.ok ? [] : validation.problems.slice(0, 10).map(formatProblem)).toEqual([]);
  });

  it('has the requested number of nodes, every kind, and realistic fan-out', () => {
    const g = syntheticSeedGraph({ nodes: 5000 });
    expect(g.nodes).toHaveLength(5000);
    const labels = new Set(g.nodes.map((n) => n.label));
    expect([...labels].sort()).toEqual(KIND_LIST.map((k) => k.label).sort());
    const therapiesPerCancerType = new Map<string, number>();
    for (const r of g.relationships.filter((r) => r.type === 'USED_FOR')) {
      therapiesPerCancerType.set(r.to, (therapiesPerCancerType.get(r.to) ?? 0) + 1);
    }
    // A few popular cancer types with many therapies, as in the real data.
    expect(Math.max(...therapiesPerCancerType.values())).toBeGreaterThan(50);
    const factCitations = g.relationships.filter((r) => r.type === 'TARGETS').map((r) => (r.properties.citations as string[]).length);
    expect(Math.max(...factCitations)).toBeGreaterThan(1);
  });

  it('is at least 100k nodes and 500k relationships by default', () => {
    const g = syntheticSeedGraph();
    expect(g.nodes.length).toBeGreaterThanOrEqual(100_000);
    expect(g.relationships.length).toBeGreaterThanOrEqual(500_000);
  }, 30_000);

  it('refuses a size too small to hold every kind', () => {
    expect(() => syntheticSeedGraph({ nodes: 10 })).toThrow(/at least 100/);
  });
});
