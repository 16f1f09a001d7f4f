import type { SeedNode } from '../../seed/graph.ts';
import type { CITATION_KINDS } from '../../model/kinds.ts';
import type { GraphView } from '../graph-view.ts';
import { finding, type Finding } from '../findings.ts';

type CitationKind = (typeof CITATION_KINDS)[number];

/** One thing a reader needs to find the source: any of these fields. */
type Need = readonly string[];

/**
 * What identifies a source of each kind, by the seed's citation rules (graph-seed/README.md):
 * every citation has its exact title; a drug's US prescribing information is identified by
 * that title alone; a url is given only where the exact address is known and is never
 * reconstructed, so no kind requires one where a publisher, journal or DOI finds the source.
 */
export const IDENTIFIED_BY: Readonly<Record<CitationKind, readonly Need[]>> = {
  'drug-label': [],
  'web-page': [['url', 'publisher'], ['date', 'accessed']],
  'fact-sheet': [['url', 'publisher'], ['date', 'accessed']],
  database: [['url', 'publisher']],
  'journal-article': [['doi', 'containerTitle'], ['date']],
  'book-chapter': [['containerTitle'], ['publisher'], ['date']],
};

/** Citations a reader could not find from what is recorded, by the rules above. */
export function incompleteCitations(view: GraphView): Finding {
  const occurrences = view.citations.flatMap((c) => {
    const unmet = unmetNeeds(c);
    return unmet.length === 0 ? [] : [{ ids: [c.id], note: unmet.map((need) => `no ${need.join(' or ')}`).join(', ') }];
  });
  return finding('INCOMPLETE_CITATIONS', occurrences);
}

function unmetNeeds(c: SeedNode): readonly Need[] {
  const needs = IDENTIFIED_BY[c.properties.kind as CitationKind] ?? [];
  return needs.filter((need) => need.every((field) => c.properties[field] === undefined));
}
