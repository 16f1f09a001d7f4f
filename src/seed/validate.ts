/**
 * Checks a whole seed before anything is written and reports every problem at once, as
 * `file: entry id: field: what is wrong`: the shape of each entry (schema.ts), ids unique
 * across all files, every reference pointing at an existing entry of the right kind, no
 * entry or citation listed twice in one list, no cycle in a kind's hierarchy, and the rules of
 * particular kinds (boxed-warnings.ts, indications.ts).
 */
import { KINDS, type KindName, type KindSpec } from '../model/kinds.ts';
import { boxedWarningProblems } from './boxed-warnings.ts';
import { indicationProblems } from './indications.ts';
import { describeIssues } from './issues.ts';
import type { SeedProblem } from './problem.ts';
import type { RawEntry, SeedSource } from './read.ts';
import { ENTRY_SCHEMAS } from './schema.ts';

/** An entry that passed its schema: `id` plus the fields of its kind (see kinds.ts). */
export interface Entry {
  id: string;
  [field: string]: unknown;
}

export type SeedEntries = Record<KindName, Entry[]>;

/** A seed that passed every check; the only input buildSeedGraph accepts. */
export interface ValidSeed {
  origin: string;
  hash: string;
  /** The release version (read.ts), when the seed names one. */
  release?: string;
  entries: SeedEntries;
}

export type Validation = { ok: true; seed: ValidSeed } | { ok: false; problems: SeedProblem[] };

interface Located {
  kind: KindSpec;
  entry: RawEntry;
  /** The id if the entry has one, else `line N`. */
  label: string;
}

/** A reference from one entry to another, as found in the raw (not yet valid) entry. */
interface Reference {
  field: string;
  id: unknown;
  targets: readonly KindName[];
  /** The list the reference stands in, what makes two of its items the same, and what to say when they are. */
  list: string;
  sameness: string;
  twice: string;
}

export function validateSeed(source: SeedSource): Validation {
  const problems: SeedProblem[] = [...source.problems];
  const report = (at: Located, field: string, message: string) =>
    problems.push({ file: at.kind.file, entry: at.label, field, message });

  const located: Located[] = source.files.flatMap(({ kind, entries }) =>
    (entries ?? []).map((entry) => ({ kind, entry, label: idOf(entry.value) ?? `line ${entry.line}` })),
  );
  const byId = indexIds(located, report);
  const unreadKinds = new Set(source.files.filter((f) => !f.entries).map((f) => f.kind.name));

  const entries = Object.fromEntries(source.files.map((f) => [f.kind.name, [] as Entry[]])) as SeedEntries;
  for (const at of located) {
    const parsed = ENTRY_SCHEMAS[at.kind.name].safeParse(at.entry.value, { reportInput: true });
    if (parsed.success) entries[at.kind.name].push(parsed.data as Entry);
    else for (const { field, message } of describeIssues(parsed.error.issues)) report(at, field, message);
    checkReferences(at, byId, unreadKinds, report);
  }
  checkHierarchies(located, report);
  // The rules across kinds read whole entries: run on a seed with a broken entry, they would
  // report what its absence causes (an indication "no therapy lists") besides the real problem.
  if (problems.length === 0) problems.push(...boxedWarningProblems(entries), ...indicationProblems(entries));

  return problems.length > 0 ? { ok: false, problems } : { ok: true, seed: { origin: source.origin, hash: source.hash, release: source.release, entries } };
}

type Report = (at: Located, field: string, message: string) => void;

function idOf(value: unknown): string | undefined {
  const id = isRecord(value) ? value.id : undefined;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function indexIds(located: Located[], report: Report): Map<string, Located> {
  const byId = new Map<string, Located>();
  for (const at of located) {
    const id = idOf(at.entry.value);
    if (id === undefined) continue;
    const first = byId.get(id);
    if (first) report(at, 'id', `duplicate id, first used in ${first.kind.file} at line ${first.entry.line}`);
    else byId.set(id, at);
  }
  return byId;
}

function checkReferences(at: Located, byId: Map<string, Located>, unreadKinds: Set<KindName>, report: Report): void {
  const seen = new Set<string>();
  for (const ref of referencesOf(at.kind, at.entry.value)) {
    if (typeof ref.id !== 'string' || ref.id === '') continue; // a shape problem, reported by the schema
    const key = `${ref.list}\0${ref.sameness}`;
    if (seen.has(key)) report(at, ref.field, ref.twice);
    seen.add(key);

    const target = byId.get(ref.id);
    const wanted = ref.targets.length === 1 ? KINDS[ref.targets[0]!].noun : 'entity';
    if (!target) {
      // A missing or unparsable file would make every reference into it look dangling.
      if (!ref.targets.some((k) => unreadKinds.has(k))) report(at, ref.field, `unknown ${wanted} ${JSON.stringify(ref.id)}`);
    } else if (!ref.targets.includes(target.kind.name)) {
      report(at, ref.field, `${JSON.stringify(ref.id)} is ${withArticle(target.kind.noun)}, not ${withArticle(wanted)}`);
    }
  }
}

/** Every reference in a raw entry, tolerating any shape (the schema reports wrong shapes). */
function* referencesOf(kind: KindSpec, value: unknown): Generator<Reference> {
  if (!isRecord(value)) return;
  if (kind.cited) yield* citationsIn(value.citations, 'citations');
  for (const r of kind.relationships) {
    const raw = value[r.field];
    const items: [string, unknown][] = r.single
      ? raw === undefined ? [] : [[r.field, raw]]
      : listOf(raw).map((item, i) => [`${r.field}[${i}]`, item]);
    for (const [path, item] of items) {
      if (r.form === 'about') {
        yield { field: path, id: item, targets: r.targets, list: r.field, sameness: String(item), twice: listedTwice(item) };
      } else if (isRecord(item) && r.form === 'fact') {
        const sameness = String(item.to);
        yield { field: `${path}.to`, id: item.to, targets: r.targets, list: r.field, sameness, twice: listedTwice(item.to) };
        yield* citationsIn(item.citations, `${path}.citations`);
      } else if (isRecord(item)) {
        const sameness = `${String(item.citation)}\0${String(item.section)}`;
        const twice = `${listedTwice(item.citation)} with the same section`;
        yield { field: `${path}.citation`, id: item.citation, targets: r.targets, list: r.field, sameness, twice };
      }
    }
  }
}

function* citationsIn(raw: unknown, path: string): Generator<Reference> {
  for (const [i, id] of listOf(raw).entries()) {
    yield { field: `${path}[${i}]`, id, targets: ['Citation'], list: path, sameness: String(id), twice: listedTwice(id) };
  }
}

/** A single fact pointing at the entry's own kind (subtypeOf) forms a hierarchy: no cycles. */
function checkHierarchies(located: Located[], report: Report): void {
  for (const kind of Object.values(KINDS)) {
    for (const r of kind.relationships.filter((x) => x.single && x.targets.includes(kind.name))) {
      const parentOf = new Map<string, string>();
      const atOf = new Map<string, Located>();
      for (const at of located.filter((x) => x.kind === kind)) {
        const id = idOf(at.entry.value);
        const fact = isRecord(at.entry.value) ? at.entry.value[r.field] : undefined;
        if (id && isRecord(fact) && typeof fact.to === 'string') {
          parentOf.set(id, fact.to);
          atOf.set(id, at);
        }
      }
      for (const cycle of cyclesOf(parentOf)) report(atOf.get(cycle[0]!)!, `${r.field}.to`, `cycle: ${cycle.join(' → ')}`);
    }
  }
}

/** Each cycle once, starting and ending at its smallest id: [a, b, a]. */
function cyclesOf(parentOf: Map<string, string>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  for (const start of parentOf.keys()) {
    const path: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && !done.has(at) && !path.includes(at)) {
      path.push(at);
      at = parentOf.get(at);
    }
    if (at !== undefined && path.includes(at)) {
      const loop = path.slice(path.indexOf(at));
      const smallest = [...loop].sort()[0]!;
      const from = loop.indexOf(smallest);
      const rotated = [...loop.slice(from), ...loop.slice(0, from)];
      cycles.push([...rotated, smallest]);
    }
    for (const id of path) done.add(id);
  }
  return cycles;
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

function listedTwice(id: unknown): string {
  return `${JSON.stringify(id)} is listed twice`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
