import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { concatAST, parse, type DocumentNode } from 'graphql';
import { projectRoot } from '../config.ts';

/** The SDL, one file per area of the API; codegen.ts reads the same files. */
export const schemaDir = path.join(projectRoot, 'schema');

export function loadTypeDefs(dir: string = schemaDir): DocumentNode {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort();
  return concatAST(files.map((f) => parse(readFileSync(path.join(dir, f), 'utf8'))));
}
