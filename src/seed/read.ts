/**
 * Reads a seed folder: one YAML file per kind, each a list of entries. YAML that does not
 * parse is reported with file, line and column; the entries of a file that parses are kept
 * raw (with the line each starts on) for validate.ts to check.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isSeq, LineCounter, parseDocument } from 'yaml';
import { seedHash, type SeedText } from './hash.ts';
import { KIND_LIST, kindOfFile, type KindSpec } from '../model/kinds.ts';
import type { SeedProblem } from './problem.ts';

export interface RawEntry {
  value: unknown;
  /** 1-based line the entry starts on; names an entry that has no usable id. */
  line: number;
}

export interface SeedFile {
  kind: KindSpec;
  /** Undefined when the file is missing or is not valid YAML: its entries are unknown. */
  entries: RawEntry[] | undefined;
}

export interface SeedSource {
  /** Where the seed came from, for messages: a folder, or `synthetic (...)`. */
  origin: string;
  hash: string;
  /** One per kind, in registry order. */
  files: SeedFile[];
  /** Problems found while reading: missing or unexpected files, YAML syntax. */
  problems: SeedProblem[];
  /** The release version the folder's RELEASE file names, if it has one (meta shows it). */
  release?: string;
}

/** The file, beside the YAML, that names the seed's release version. */
export const RELEASE_FILE = 'RELEASE';

export class SeedFolderError extends Error {
  override name = 'SeedFolderError';
}

export async function readSeed(dir: string): Promise<SeedSource> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new SeedFolderError(`cannot read seed folder ${dir}: ${code === 'ENOENT' ? 'no such folder' : String(code)}`);
  }
  const yamlNames = names.filter((n) => /\.ya?ml$/.test(n)).sort();
  const texts = await Promise.all(yamlNames.map(async (file) => ({ file, text: await readFile(path.join(dir, file), 'utf8') })));
  const release = names.includes(RELEASE_FILE) ? (await readFile(path.join(dir, RELEASE_FILE), 'utf8')).trim() : undefined;
  return parseSeed(texts, dir, release || undefined);
}

/** The in-memory half of readSeed, for tests and tools that hold the texts already. */
export function parseSeed(texts: readonly SeedText[], origin: string, release?: string): SeedSource {
  const problems: SeedProblem[] = [];
  for (const { file } of texts) {
    if (!kindOfFile(file)) {
      problems.push({ file, message: `not a seed file; expected one of ${KIND_LIST.map((k) => k.file).join(', ')}` });
    }
  }
  const files = KIND_LIST.map((kind): SeedFile => {
    const found = texts.find((t) => t.file === kind.file);
    if (!found) {
      problems.push({ file: kind.file, message: `file not found in ${origin}` });
      return { kind, entries: undefined };
    }
    return { kind, entries: parseEntries(found, problems) };
  });
  const known = texts.filter((t) => kindOfFile(t.file));
  // The release counts in the hash: a new release number alone reloads the graph's meta.
  const hashed = release === undefined ? known : [...known, { file: RELEASE_FILE, text: release }];
  return { origin, hash: seedHash(hashed), files, problems, ...(release === undefined ? {} : { release }) };
}

function parseEntries({ file, text }: SeedText, problems: SeedProblem[]): RawEntry[] | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const [error] = doc.errors;
  if (error) {
    // Only the first: after a syntax error the parser's further complaints are mostly echoes of it.
    const at = error.linePos?.[0];
    // yaml appends "at line X, column Y:" and a code excerpt; the location is given separately.
    const what = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
    problems.push({ file, entry: at ? `line ${at.line}, column ${at.col}` : undefined, message: `YAML syntax: ${what}` });
    return undefined;
  }
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) {
    problems.push({ file, message: 'expected a list of entries (each starting with "- id: ...")' });
    return undefined;
  }
  const values = doc.toJS() as unknown[];
  return doc.contents.items.map((item, i) => {
    const offset = (item as { range?: [number, number, number] }).range?.[0] ?? 0;
    return { value: values[i], line: lines.linePos(offset).line };
  });
}
