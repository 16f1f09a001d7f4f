/**
 * A boxed warning is a statement of a drug's US prescribing information (its "BOXED
 * WARNING" section), so the precaution and every fact linking something to it must cite a
 * drug label; the founding page or another source alone does not establish one.
 */
import { KINDS, KIND_LIST, type KindSpec } from '../model/kinds.ts';
import type { SeedProblem } from './problem.ts';
import type { Entry, SeedEntries } from './validate.ts';

const LABEL_KIND = 'drug-label';
const BOXED_WARNING = 'boxed-warning';

/** What the rule finds in entries that passed their schemas (validate.ts reports the rest). */
export function boxedWarningProblems(entries: SeedEntries): SeedProblem[] {
  const labels = new Set((entries.Citation ?? []).filter((c) => c.kind === LABEL_KIND).map((c) => c.id));
  const citesLabel = (citations: unknown) => Array.isArray(citations) && citations.some((id) => labels.has(id as string));
  const warnings = (entries.SafetyPrecaution ?? []).filter((p) => p.kind === BOXED_WARNING);
  const warningIds = new Set(warnings.map((w) => w.id));
  const problems: SeedProblem[] = [];

  for (const w of warnings.filter((x) => !citesLabel(x.citations))) {
    problems.push({ file: KINDS.SafetyPrecaution.file, entry: w.id, field: 'citations', message: 'a boxed warning cites the drug labels that carry it; none of these is a drug-label citation' });
  }
  for (const kind of KIND_LIST) {
    for (const r of factFieldsInto(kind)) {
      for (const entry of entries[kind.name] ?? []) {
        for (const [i, fact] of factsOf(entry, r).entries()) {
          if (!warningIds.has(fact.to) || citesLabel(fact.citations)) continue;
          problems.push({
            file: kind.file,
            entry: entry.id,
            field: `${r}[${i}].citations`,
            message: `"${fact.to}" is a boxed warning: cite the drug label that carries it (a drug-label citation)`,
          });
        }
      }
    }
  }
  return problems;
}

function factFieldsInto(kind: KindSpec): string[] {
  return kind.relationships.filter((r) => r.form === 'fact' && !r.single && r.targets.includes('SafetyPrecaution')).map((r) => r.field);
}

function factsOf(entry: Entry, field: string): { to: string; citations: unknown }[] {
  const value = entry[field];
  return Array.isArray(value) ? (value as { to: string; citations: unknown }[]) : [];
}
