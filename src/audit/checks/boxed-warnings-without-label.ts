import { citationIdsOf, factLabel, type GraphView } from '../graph-view.ts';
import { finding, type Finding, type Occurrence } from '../findings.ts';

/**
 * Boxed warnings (safety precautions of kind `boxed-warning`), and facts linking anything to
 * one, that cite no existing drug label: a boxed warning is a statement of a drug's
 * prescribing information, so nothing else establishes it. A seed that validates has none
 * (src/seed/boxed-warnings.ts); a graph changed by hand can.
 */
export function boxedWarningsWithoutLabel(view: GraphView): Finding {
  const isWarning = (id: string) => {
    const n = view.nodes.get(id);
    return n?.label === 'SafetyPrecaution' && n.properties.kind === 'boxed-warning';
  };
  const citesLabel = (ids: readonly string[]) => ids.some((id) => view.isCitation(id) && view.nodes.get(id)!.properties.kind === 'drug-label');
  const occurrences: Occurrence[] = [];
  for (const n of view.citedEntities) {
    if (isWarning(n.id) && !citesLabel(citationIdsOf(n))) occurrences.push({ ids: [n.id], note: 'cites no drug label' });
  }
  for (const r of view.facts) {
    if (isWarning(r.to) && !citesLabel(citationIdsOf(r))) occurrences.push({ ids: [r.from, r.to], note: `${factLabel(r)}: cites no drug label` });
  }
  return finding('BOXED_WARNINGS_WITHOUT_LABEL', occurrences);
}
