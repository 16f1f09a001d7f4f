import type { GraphView } from '../graph-view.ts';
import { finding, type Finding } from '../findings.ts';

/** Citations a reader cannot open (no url) or place in time (no date). */
export function incompleteCitations(view: GraphView): Finding {
  const occurrences = view.citations.flatMap((c) => {
    const missing = (['url', 'date'] as const).filter((field) => c.properties[field] === undefined);
    return missing.length === 0 ? [] : [{ ids: [c.id], note: missing.map((field) => `no ${field}`).join(', ') }];
  });
  return finding('INCOMPLETE_CITATIONS', occurrences);
}
