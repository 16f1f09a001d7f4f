/**
 * What one release of the seed adds, removes and changes against another: entities, facts,
 * claims and citations, compared on the raw entries of the two seed folders (read.ts), not
 * on validated graphs, so that an older release, written for an older model (no
 * indications.yaml, no precaution kind), still compares. Pure: the CLI (diff-command.ts)
 * reads the two folders or git revisions.
 *
 * - An entity or citation or claim is keyed by its id; it changed when any field other than
 *   its facts differs (the fields are named).
 * - A fact is `subject TYPE object` from a relationship field of the model (kinds.ts); it
 *   changed when its citations differ.
 */
import { isDeepStrictEqual } from 'node:util';
import { KINDS, type KindName, type RelationshipType } from '../model/kinds.ts';
import type { SeedSource } from '../seed/read.ts';

export interface EntityRef {
  id: string;
  kind: KindName;
}
export interface ChangedEntity extends EntityRef {
  /** The fields whose values differ, sorted. */
  fields: string[];
}
export interface FactRef {
  subject: string;
  type: RelationshipType;
  object: string;
}
export interface ChangedFact extends FactRef {
  citationsBefore: string[];
  citationsAfter: string[];
}
export interface Section<A, C> {
  added: A[];
  removed: A[];
  changed: C[];
}
export interface SeedDiff {
  from: string;
  to: string;
  entities: Section<EntityRef, ChangedEntity>;
  facts: Section<FactRef, ChangedFact>;
  claims: Section<EntityRef, ChangedEntity>;
  citations: Section<EntityRef, ChangedEntity>;
}

interface Snapshot {
  entries: Map<string, { kind: KindName; value: Record<string, unknown> }>;
  facts: Map<string, FactRef & { citations: string[] }>;
}

export function diffSeeds(from: SeedSource, to: SeedSource): SeedDiff {
  const before = snapshot(from);
  const after = snapshot(to);
  const section = (pick: (kind: KindName) => boolean) => entrySection(before, after, pick);
  return {
    from: from.origin,
    to: to.origin,
    entities: section((k) => k !== 'Citation' && k !== 'Claim'),
    facts: factSection(before, after),
    claims: section((k) => k === 'Claim'),
    citations: section((k) => k === 'Citation'),
  };
}

function snapshot(source: SeedSource): Snapshot {
  const entries: Snapshot['entries'] = new Map();
  const facts: Snapshot['facts'] = new Map();
  for (const file of source.files) {
    const kind = file.kind;
    const factFields = kind.relationships.filter((r) => r.form === 'fact');
    for (const { value } of file.entries ?? []) {
      if (!isRecord(value) || typeof value.id !== 'string') continue;
      entries.set(value.id, { kind: kind.name, value });
      for (const r of factFields) {
        const raw = value[r.field];
        for (const item of r.single ? (raw === undefined ? [] : [raw]) : Array.isArray(raw) ? raw : []) {
          if (!isRecord(item) || typeof item.to !== 'string') continue;
          const fact = { subject: value.id, type: r.type, object: item.to };
          facts.set(factKey(fact), { ...fact, citations: Array.isArray(item.citations) ? item.citations.map(String) : [] });
        }
      }
    }
  }
  return { entries, facts };
}

function entrySection(before: Snapshot, after: Snapshot, pick: (kind: KindName) => boolean): Section<EntityRef, ChangedEntity> {
  const out: Section<EntityRef, ChangedEntity> = { added: [], removed: [], changed: [] };
  for (const [id, a] of after.entries) {
    if (!pick(a.kind)) continue;
    const b = before.entries.get(id);
    if (!b) out.added.push({ id, kind: a.kind });
    else {
      const fields = changedFields(a.kind, b.value, a.value);
      if (fields.length > 0) out.changed.push({ id, kind: a.kind, fields });
    }
  }
  for (const [id, b] of before.entries) if (pick(b.kind) && !after.entries.has(id)) out.removed.push({ id, kind: b.kind });
  const byId = (x: EntityRef, y: EntityRef) => compare(`${x.kind}\0${x.id}`, `${y.kind}\0${y.id}`);
  out.added.sort(byId);
  out.removed.sort(byId);
  out.changed.sort(byId);
  return out;
}

/** Fields other than facts (facts are compared as facts) whose values differ. */
function changedFields(kind: KindName, before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const facts = new Set(KINDS[kind].relationships.filter((r) => r.form === 'fact').map((r) => r.field));
  const fields = new Set([...Object.keys(before), ...Object.keys(after)].filter((f) => !facts.has(f)));
  return [...fields].filter((f) => !isDeepStrictEqual(before[f], after[f])).sort(compare);
}

function factSection(before: Snapshot, after: Snapshot): Section<FactRef, ChangedFact> {
  const out: Section<FactRef, ChangedFact> = { added: [], removed: [], changed: [] };
  const ref = ({ subject, type, object }: FactRef): FactRef => ({ subject, type, object });
  for (const [key, a] of after.facts) {
    const b = before.facts.get(key);
    if (!b) out.added.push(ref(a));
    else if (!isDeepStrictEqual([...b.citations].sort(), [...a.citations].sort())) {
      out.changed.push({ ...ref(a), citationsBefore: b.citations, citationsAfter: a.citations });
    }
  }
  for (const [key, b] of before.facts) if (!after.facts.has(key)) out.removed.push(ref(b));
  const byKey = (x: FactRef, y: FactRef) => compare(factKey(x), factKey(y));
  out.added.sort(byKey);
  out.removed.sort(byKey);
  out.changed.sort(byKey);
  return out;
}

export function factKey(f: FactRef): string {
  return `${f.subject} ${f.type} ${f.object}`;
}

/** Code-point order: the same report on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
