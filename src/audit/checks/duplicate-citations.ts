import type { SeedNode } from '../../seed/graph.ts';
import type { GraphView } from '../graph-view.ts';
import { compareText, finding, type Finding, type Occurrence } from '../findings.ts';

/**
 * Citations that are probably the same source entered twice: same kind and title once case,
 * spacing and final punctuation are ignored ("What is Targeted Therapy?" and "what is
 * targeted therapy"), or the same url. The kind is part of the title key because short
 * generic titles recur across kinds: the ACS web page "Targeted Therapy" and the book
 * chapter "Targeted therapy" are different works.
 */
export function duplicateCitations(view: GraphView): Finding {
  const occurrences = [
    ...sameKey(view.citations, titleKey, (c) => `same title ${JSON.stringify(c.properties.title)}`),
    ...sameKey(view.citations, urlKey, (c) => `same url ${String(c.properties.url)}`),
  ];
  return finding('DUPLICATE_CITATIONS', occurrences);
}

function sameKey(citations: readonly SeedNode[], keyOf: (c: SeedNode) => string | undefined, note: (c: SeedNode) => string): Occurrence[] {
  const groups = new Map<string, SeedNode[]>();
  for (const c of citations) {
    const key = keyOf(c);
    if (key === undefined) continue;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({ ids: group.map((c) => c.id).sort(compareText), note: note(group[0]!) }));
}

function titleKey(c: SeedNode): string | undefined {
  const { title, kind } = c.properties;
  if (typeof title !== 'string') return undefined;
  const plain = title.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().replace(/[\s.,;:!?]+$/, '');
  return `${String(kind)}\0${plain}`;
}

function urlKey(c: SeedNode): string | undefined {
  const { url } = c.properties;
  if (typeof url !== 'string') return undefined;
  // URL lower-cases the scheme and host; a path's case can matter, so it is kept.
  const href = URL.canParse(url) ? new URL(url).href : url;
  return href.replace(/\/+$/, '');
}
