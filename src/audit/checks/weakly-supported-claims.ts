import type { GraphView } from '../graph-view.ts';
import { finding, type Finding } from '../findings.ts';
import { supportStatusOf } from '../support-status.ts';

/** Claims whose every existing supporting citation is unavailable, superseded or retracted. */
export function weaklySupportedClaims(view: GraphView): Finding {
  const occurrences = view.claims.flatMap((c) => {
    const support = (view.supportOf.get(c.id) ?? []).filter((id) => view.isCitation(id));
    const statuses = support.map((id) => String(view.nodes.get(id)!.properties.status));
    if (supportStatusOf(statuses) !== 'WEAKLY_SUPPORTED') return [];
    const sources = support.map((id, i) => `${id} (${statuses[i]})`);
    return [{ ids: [c.id, ...new Set(support)], note: `supported only by ${[...new Set(sources)].join(', ')}` }];
  });
  return finding('WEAKLY_SUPPORTED_CLAIMS', occurrences);
}
