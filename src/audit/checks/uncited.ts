import { citationIdsOf, factLabel, type GraphView } from '../graph-view.ts';
import { finding, type Finding, type Occurrence } from '../findings.ts';

/**
 * Entities and facts whose `citations` name no existing citation, and claims with no
 * SUPPORTED_BY to an existing citation. A seed that validates has none; a graph changed by
 * hand (a citation deleted from Neo4j) can.
 */
export function uncitedEntities(view: GraphView): Finding {
  const occurrences = view.citedEntities.flatMap((n) => uncited([n.id], citationIdsOf(n), view));
  return finding('UNCITED_ENTITIES', occurrences);
}

export function uncitedFacts(view: GraphView): Finding {
  const occurrences = view.facts.flatMap((r) =>
    uncited([r.from, r.to], citationIdsOf(r), view).map((o) => ({ ...o, note: `${factLabel(r)}: ${o.note}` })),
  );
  return finding('UNCITED_FACTS', occurrences);
}

export function uncitedClaims(view: GraphView): Finding {
  const occurrences = view.claims.flatMap((c) => uncited([c.id], view.supportOf.get(c.id) ?? [], view));
  return finding('UNCITED_CLAIMS', occurrences);
}

function uncited(ids: string[], cited: readonly string[], view: GraphView): Occurrence[] {
  if (cited.some((id) => view.isCitation(id))) return [];
  const note = cited.length === 0 ? 'cites nothing' : `cites only missing citations: ${cited.join(', ')}`;
  return [{ ids, note }];
}
