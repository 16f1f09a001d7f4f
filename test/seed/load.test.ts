import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Neo4jHandle } from '../../src/neo4j/connect.ts';
import { ensureSeeded } from '../../src/seed/ensure-seeded.ts';
import { MINIMAL_SEED_DIR } from '../../src/seed/fixtures/fixture.ts';
import { FULLTEXT_INDEX } from '../../src/seed/graph-schema.ts';
import { loadSeed } from '../../src/seed/load.ts';
import { prepareSeed } from '../../src/seed/prepare.ts';
import { readSeedMeta } from '../../src/seed/seed-meta.ts';
import { clearGraph, connectTestNeo4j, countsByLabel, countsByType, graphSnapshot, withoutLoadTimes } from './graph-state.ts';

describe('loadSeed', () => {
  let neo4j: Neo4jHandle;
  const db = () => [neo4j.driver, neo4j.database] as const;
  let changedDir: string;

  beforeAll(async () => {
    neo4j = await connectTestNeo4j();
    await clearGraph(...db());
    changedDir = changedCopyOfMinimal();
  });
  // Leave the graph empty: other files call ensureShippedSeed, which loads into an empty graph.
  afterAll(async () => {
    rmSync(changedDir, { recursive: true, force: true });
    if (neo4j) await clearGraph(...db());
    await neo4j?.close();
  });

  it('gives the same graph when loading the same seed twice', async () => {
    const graph = await prepareSeed(MINIMAL_SEED_DIR);
    const first = await loadSeed(...db(), graph);
    const labels = await countsByLabel(...db());
    const types = await countsByType(...db());
    const snapshot = await graphSnapshot(...db());

    const second = await loadSeed(...db(), graph);
    expect(await countsByLabel(...db())).toEqual(labels);
    expect(await countsByType(...db())).toEqual(types);
    expect(labels).toMatchObject({ Entity: 16, Therapy: 2, CancerType: 2, Claim: 1, Citation: 2, SeedMeta: 1, SeedLock: 1 });
    expect(Object.values(types).reduce((a, b) => a + b, 0)).toBe(24);
    expect(withoutLoadTimes(await graphSnapshot(...db()))).toBe(withoutLoadTimes(snapshot));
    expect([first.loaded, second.loaded, second.removedNodes, second.removedRelationships]).toEqual([true, true, 0, 0]);
  });

  it('writes nodes with their labels, attributes and citations, and facts with theirs', async () => {
    await loadSeed(...db(), await prepareSeed(MINIMAL_SEED_DIR));
    const { records } = await neo4j.driver.executeQuery(
      `MATCH (t:Entity {id: 'alphanib'})-[r:ADMINISTERED_VIA]->(d:DeliveryRoute)
       MATCH (c:Claim)-[s:SUPPORTED_BY {section: 'Dosage and administration'}]->(:Citation {id: 'src-label'})
       RETURN labels(t) AS labels, t.aliases AS aliases, t.citations AS citations, r.citations AS factCitations, d.id AS route, s.excerpt AS excerpt`,
      {},
      { database: neo4j.database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        labels: expect.arrayContaining(['Entity', 'Therapy']),
        aliases: ['Alphabrand', 'ALF-101'],
        citations: ['src-label', 'src-page'],
        factCitations: ['src-label'],
        route: 'by-mouth',
        excerpt: 'Take alphanib by mouth once a day.',
      },
    ]);
  });

  it('records the seed in SeedMeta: hash, origin, load time and counts', async () => {
    const graph = await prepareSeed(MINIMAL_SEED_DIR);
    const before = Date.now();
    await loadSeed(...db(), graph);
    const meta = await readSeedMeta(...db());
    expect(meta).toEqual({ hash: graph.hash, origin: MINIMAL_SEED_DIR, loadedAt: expect.any(String), nodeCount: 16, relationshipCount: 24 });
    expect(Date.parse(meta!.loadedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('finds a node by an alias (a list property) through the full-text index', async () => {
    await loadSeed(...db(), await prepareSeed(MINIMAL_SEED_DIR));
    const search = async (text: string) => {
      const { records } = await neo4j.driver.executeQuery(
        `CALL db.index.fulltext.queryNodes($index, $text) YIELD node RETURN node.id AS id`,
        { index: FULLTEXT_INDEX, text },
        { database: neo4j.database },
      );
      return records.map((r) => r.get('id'));
    };
    expect(await search('alphabrand')).toEqual(['alphanib']);
    expect(await search('"kinase one"')).toEqual(['kin1']);
    expect(await search('pill')).toEqual(['claim-alphanib-oral']);
  });

  it('replaces the old graph with a changed seed: removed entities and facts are gone, changed ones updated', async () => {
    await loadSeed(...db(), await prepareSeed(MINIMAL_SEED_DIR));
    const changed = await prepareSeed(changedDir);
    const result = await loadSeed(...db(), changed);

    const ids = async (label: string) => {
      const { records } = await neo4j.driver.executeQuery(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`, {}, { database: neo4j.database });
      return records.map((r) => r.get('id'));
    };
    expect(await ids('Therapy')).toEqual(['alphanib']);
    expect(await ids('Entity')).not.toContain('betamab');
    // kin1 moved from biomarkers.yaml to mechanisms.yaml: it loses the Biomarker label.
    expect(await ids('Biomarker')).toEqual([]);
    expect(await ids('Mechanism')).toEqual(['blocks-signals', 'kin1']);
    const { records } = await neo4j.driver.executeQuery(
      `MATCH (t:Therapy {id: 'alphanib'}) RETURN t.name AS name, t.aliases AS aliases, COUNT { (t)-[:TARGETS]->() } AS targets`,
      {},
      { database: neo4j.database },
    );
    expect(records[0]?.toObject()).toEqual({ name: 'Alphanib tablets', aliases: null, targets: 0 });
    expect(result).toMatchObject({ removedNodes: 1, nodeCount: 15 });
    expect(result.removedRelationships).toBeGreaterThanOrEqual(2);
    expect((await readSeedMeta(...db()))?.hash).toBe(changed.hash);
  });

  describe('ensureSeeded', () => {
    beforeEach(async () => clearGraph(...db()));

    it('loads into an empty graph, then does nothing while the seed is unchanged', async () => {
      const first = await ensureSeeded(...db(), MINIMAL_SEED_DIR);
      expect(first).toMatchObject({ loaded: true, load: { nodeCount: 16 } });
      const second = await ensureSeeded(...db(), MINIMAL_SEED_DIR);
      expect(second).toMatchObject({ loaded: false, hash: first.hash });
      expect(second.load).toBeUndefined();
      expect(second.timings.totalMs).toBeGreaterThanOrEqual(0);
    });

    it('reloads a graph written by an earlier graph format (another hash), which then has the stored sort keys', async () => {
      await ensureSeeded(...db(), MINIMAL_SEED_DIR);
      // What a load of GRAPH_FORMAT_VERSION 3 left: no sort keys, and a hash of that format.
      await neo4j.driver.executeQuery(
        `MATCH (n:Entity) REMOVE n.nameSortKey, n.titleSortKey WITH count(n) AS c MATCH (m:SeedMeta) SET m.hash = 'a hash of graph format 3'`,
        {},
        { database: neo4j.database },
      );
      expect((await ensureSeeded(...db(), MINIMAL_SEED_DIR)).loaded).toBe(true);
      const { records } = await neo4j.driver.executeQuery(
        `MATCH (n:Entity) WHERE n.name IS NOT NULL OR n.title IS NOT NULL
         RETURN count(n) AS named, count(CASE WHEN n.nameSortKey = toLower(n.name) OR n.titleSortKey = toLower(n.title) THEN 1 END) AS keyed`,
        {},
        { database: neo4j.database },
      );
      expect(Number(records[0]!.get('named'))).toBeGreaterThan(10);
      expect(records[0]!.get('keyed')).toEqual(records[0]!.get('named'));
    });

    it('reloads when the seed changed, or when the graph lost part of it', async () => {
      await ensureSeeded(...db(), MINIMAL_SEED_DIR);
      expect((await ensureSeeded(...db(), changedDir)).loaded).toBe(true);
      expect((await ensureSeeded(...db(), MINIMAL_SEED_DIR)).loaded).toBe(true);

      await neo4j.driver.executeQuery(`MATCH (n:Entity {id: 'betamab'}) DETACH DELETE n`, {}, { database: neo4j.database });
      expect((await ensureSeeded(...db(), MINIMAL_SEED_DIR)).loaded).toBe(true);
      expect((await countsByLabel(...db())).Therapy).toBe(2);
    });
  });
});

/** The minimal seed with betamab removed, alphanib renamed without aliases or targets, kin1 turned into a mechanism (and out of alphanib's indication). */
function changedCopyOfMinimal(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'seed-changed-'));
  cpSync(MINIMAL_SEED_DIR, dir, { recursive: true });
  const edit = (file: string, change: (text: string) => string) => {
    const full = path.join(dir, file);
    const before = readFileSync(full, 'utf8');
    const after = change(before);
    if (after === before) throw new Error(`editing ${file} changed nothing`);
    writeFileSync(full, after);
  };
  edit('therapies.yaml', (t) =>
    t
      .slice(0, t.indexOf('- id: betamab'))
      .replace('name: Alphanib', 'name: Alphanib tablets')
      .replace('  aliases: [Alphabrand, ALF-101]\n', '')
      .replace('  targets:\n    - { to: kin1, citations: [src-label] }\n', ''),
  );
  edit('indications.yaml', (t) =>
    t.replace('  biomarkers:\n    - { to: kin1, citations: [src-label] }\n', '').replace('  combinedWith:\n    - { to: betamab, citations: [src-label] }\n', ''),
  );
  edit('biomarkers.yaml', () => '');
  edit('mechanisms.yaml', (t) => `${t}\n- id: kin1\n  name: KIN1 blockade\n  description: Blocks KIN1.\n  citations: [src-label]\n`);
  return dir;
}
