/**
 * The text form of a seed diff: a summary (added, removed, changed per section; entities by
 * kind; facts by relationship type), then every item. graph-seed/CHANGELOG.md is this text.
 */
import { factKey, type EntityRef, type FactRef, type SeedDiff } from './seed-diff.ts';

const SECTIONS = ['entities', 'facts', 'claims', 'citations'] as const;

export function formatSeedDiff(diff: SeedDiff): string {
  const lines = [`# Seed diff from ${diff.from} to ${diff.to}`, '', '## Summary', ''];
  lines.push('| | added | removed | changed |', '| --- | ---: | ---: | ---: |');
  for (const s of SECTIONS) lines.push(`| ${s} | ${diff[s].added.length} | ${diff[s].removed.length} | ${diff[s].changed.length} |`);
  lines.push('', '## Entities by kind', '', '| kind | added | removed | changed |', '| --- | ---: | ---: | ---: |');
  for (const [kind, c] of tally(diff.entities, (e) => e.kind)) lines.push(`| ${kind} | ${c.added} | ${c.removed} | ${c.changed} |`);
  lines.push('', '## Facts by relationship', '', '| relationship | added | removed | changed |', '| --- | ---: | ---: | ---: |');
  for (const [type, c] of tally(diff.facts, (f) => f.type)) lines.push(`| ${type} | ${c.added} | ${c.removed} | ${c.changed} |`);

  for (const s of SECTIONS) {
    const section = diff[s];
    const name = (x: EntityRef | FactRef) => ('id' in x ? `${x.kind} ${x.id}` : factKey(x));
    const list = (title: string, items: string[]) => {
      if (items.length > 0) lines.push('', `## ${title} (${items.length})`, '', ...items.map((i) => `- ${i}`));
    };
    list(`${capitalized(s)} added`, section.added.map(name));
    list(`${capitalized(s)} removed`, section.removed.map(name));
    list(
      `${capitalized(s)} changed`,
      section.changed.map((c) => ('fields' in c ? `${name(c)}: ${c.fields.join(', ')}` : `${name(c)}: citations ${c.citationsBefore.join(', ')} → ${c.citationsAfter.join(', ')}`)),
    );
  }
  return `${lines.join('\n')}\n`;
}

function tally<T>(section: { added: T[]; removed: T[]; changed: T[] }, key: (t: T) => string): [string, { added: number; removed: number; changed: number }][] {
  const counts = new Map<string, { added: number; removed: number; changed: number }>();
  for (const what of ['added', 'removed', 'changed'] as const) {
    for (const item of section[what]) {
      const k = key(item);
      const c = counts.get(k) ?? { added: 0, removed: 0, changed: 0 };
      c[what]++;
      counts.set(k, c);
    }
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function capitalized(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

