/**
 * The rules that tie indications to therapies, beyond references existing (validate.ts):
 * - each indication belongs to exactly one therapy (listed once under a therapy's `indications`);
 * - USED_FOR is validated against the indications, not derived: an indication's cancer type
 *   must be one of its therapy's `cancerTypes`, so the two never disagree (a therapy may have
 *   uses without an indication entry yet, where the seed does not cover it all);
 * - a combination partner is another therapy, not the indication's own;
 * - an indication is what a label's "1 INDICATIONS AND USAGE" states, so it cites a drug label.
 */
import { KINDS } from '../model/kinds.ts';
import type { SeedProblem } from './problem.ts';
import type { Entry, SeedEntries } from './validate.ts';

interface Fact {
  to: string;
  citations: string[];
}

export function indicationProblems(entries: SeedEntries): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const indications = new Map((entries.Indication ?? []).map((i) => [i.id, i]));
  const labels = new Set((entries.Citation ?? []).filter((c) => c.kind === 'drug-label').map((c) => c.id));
  const ownerOf = new Map<string, string>();

  for (const therapy of entries.Therapy ?? []) {
    const usedFor = new Set(factsOf(therapy, 'cancerTypes').map((f) => f.to));
    for (const [i, fact] of factsOf(therapy, 'indications').entries()) {
      const indication = indications.get(fact.to);
      if (!indication) continue; // a dangling reference, reported by validate.ts
      const field = `indications[${i}].to`;
      const first = ownerOf.get(fact.to);
      if (first && first !== therapy.id) {
        problems.push({ file: KINDS.Therapy.file, entry: therapy.id, field, message: `"${fact.to}" is already an indication of ${first}` });
        continue;
      }
      ownerOf.set(fact.to, therapy.id);
      const cancerType = (indication.cancerType as Fact | undefined)?.to;
      if (cancerType && !usedFor.has(cancerType)) {
        problems.push({
          file: KINDS.Therapy.file,
          entry: therapy.id,
          field,
          message: `"${fact.to}" is for ${cancerType}, which is not among the therapy's cancerTypes (USED_FOR must agree with the indications)`,
        });
      }
      for (const [j, partner] of factsOf(indication, 'combinedWith').entries()) {
        if (partner.to === therapy.id) {
          problems.push({ file: KINDS.Indication.file, entry: indication.id, field: `combinedWith[${j}].to`, message: `"${partner.to}" is the indication's own therapy` });
        }
      }
    }
  }
  for (const indication of indications.values()) {
    if (!ownerOf.has(indication.id)) {
      problems.push({ file: KINDS.Indication.file, entry: indication.id, field: 'id', message: 'no therapy lists it under indications' });
    }
    const citations = Array.isArray(indication.citations) ? (indication.citations as string[]) : [];
    if (!citations.some((id) => labels.has(id))) {
      problems.push({ file: KINDS.Indication.file, entry: indication.id, field: 'citations', message: 'an indication cites the drug label whose section 1 states it; none of these is a drug-label citation' });
    }
  }
  return problems;
}

function factsOf(entry: Entry, field: string): Fact[] {
  const value = entry[field];
  return Array.isArray(value) ? (value as Fact[]) : [];
}
