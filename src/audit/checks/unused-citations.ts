import { citationIdsOf, type GraphView } from '../graph-view.ts';
import { finding, type Finding } from '../findings.ts';

/** Citations no entity, fact or claim cites. */
export function unusedCitations(view: GraphView): Finding {
  const used = new Set<string>([
    ...view.citedEntities.flatMap(citationIdsOf),
    ...view.facts.flatMap(citationIdsOf),
    ...[...view.supportOf.values()].flat(),
  ]);
  const occurrences = view.citations.filter((c) => !used.has(c.id)).map((c) => ({ ids: [c.id], note: 'supports nothing' }));
  return finding('UNUSED_CITATIONS', occurrences);
}
