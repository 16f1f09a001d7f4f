/**
 * The seed pipeline's synthetic, scaled seed (src/seed/synthetic.ts) written out as a seed
 * folder, one YAML file per kind like graph-seed/, so that the service itself loads and
 * serves it when SEED_DIR points there. Written once per size and random seed.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { projectRoot } from '../../../src/config.ts';
import { KIND_LIST } from '../../../src/model/kinds.ts';
import { syntheticSeed } from '../../../src/seed/synthetic.ts';

export function syntheticSeedDir(nodes: number, randomSeed = 1): string {
  const dir = path.join(projectRoot, '.neo4j', `synthetic-seed-${nodes}-${randomSeed}`);
  if (existsSync(path.join(dir, 'complete'))) return dir;
  mkdirSync(dir, { recursive: true });
  const { entries } = syntheticSeed({ nodes, randomSeed });
  for (const kind of KIND_LIST) writeFileSync(path.join(dir, kind.file), stringify(entries[kind.name]));
  writeFileSync(path.join(dir, 'complete'), '');
  return dir;
}
