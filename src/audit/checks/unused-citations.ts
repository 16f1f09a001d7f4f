import { citationIdsOf, type GraphView } from '../graph-view.ts';
import { finding, type Finding } from '../findings.ts';

/** Citations no entity, fact or claim cites. */
export function unusedCitations(view: GraphView): Finding {
  const used = new Set<string>();
  for (const item of [...view.citedEntities, ...view.facts]) for (const id of citationIdsOf(item)) used.add(id);
  for (const support of view.supportOf.values()) for (const id of support) used.add(id);
  const occurrences = view.citations.filter((c) => !used.has(c.id)).map((c) => ({ ids: [c.id], note: 'supports nothing' }));
  return finding('UNUSED_CITATIONS', occurrences);
}
