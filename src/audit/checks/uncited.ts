import { citationIdsOf, factLabel, type GraphView } from '../graph-view.ts';
import { finding, type Finding, type Occurrence } from '../findings.ts';

/**
 * Entities and facts whose `citations` name no existing citation, and claims with no
 * SUPPORTED_BY to an existing citation. A seed that validates has none; a graph changed by
 * hand (a citation deleted from Neo4j) can.
 */
export function uncitedEntities(view: GraphView): Finding {
  const occurrences: Occurrence[] = [];
  for (const n of view.citedEntities) {
    const note = uncitedNote(citationIdsOf(n), view);
    if (note) occurrences.push({ ids: [n.id], note });
  }
  return finding('UNCITED_ENTITIES', occurrences);
}

export function uncitedFacts(view: GraphView): Finding {
  const occurrences: Occurrence[] = [];
  for (const r of view.facts) {
    const note = uncitedNote(citationIdsOf(r), view);
    if (note) occurrences.push({ ids: [r.from, r.to], note: `${factLabel(r)}: ${note}` });
  }
  return finding('UNCITED_FACTS', occurrences);
}

export function uncitedClaims(view: GraphView): Finding {
  const occurrences: Occurrence[] = [];
  for (const c of view.claims) {
    const note = uncitedNote(view.supportOf.get(c.id) ?? [], view);
    if (note) occurrences.push({ ids: [c.id], note });
  }
  return finding('UNCITED_CLAIMS', occurrences);
}

/** What is wrong when none of `cited` is an existing citation; undefined when one is. */
function uncitedNote(cited: readonly string[], view: GraphView): string | undefined {
  if (cited.some((id) => view.isCitation(id))) return undefined;
  return cited.length === 0 ? 'cites nothing' : `cites only missing citations: ${cited.join(', ')}`;
}
