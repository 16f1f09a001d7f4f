/**
 * The finder's filters with facet counts. Each dimension is counted over the therapies that
 * match the other dimensions, so unchosen values keep their counts (disjunctive facets).
 * Goals have no facet bucket in the schema: each goal is counted with its own small request.
 */
import { useQuery } from '../../api/use-query.ts';
import { Answer } from '../../components/status.tsx';
import { FinderFacetsDocument, TherapyCountDocument, type TherapyFilter } from '../../generated/graphql.ts';
import { toFilter, type Dimension, type FinderState } from './finder-state.ts';
import { FacetList } from './facet-list.tsx';

const KIND_LABELS: Record<string, string> = {
  SMALL_MOLECULE: 'Small molecule',
  MONOCLONAL_ANTIBODY: 'Monoclonal antibody',
  ANTIBODY_DRUG_CONJUGATE: 'Antibody–drug conjugate',
  BISPECIFIC_ANTIBODY: 'Bispecific antibody',
  FUSION_PROTEIN: 'Fusion protein',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

export function FinderFacets({ state, onToggle }: { state: FinderState; onToggle: (d: Dimension, value: string) => void }) {
  const s = state.selected;
  const facets = useQuery(FinderFacetsDocument, {
    byCancerType: toFilter(s, 'cancerType'),
    byRoute: toFilter(s, 'route'),
    byTarget: toFilter(s, 'target'),
    byKind: toFilter(s, 'kind'),
  });
  return (
    <Answer state={facets} what="filters">
      {(data) => (
        <div class="facets">
          <FacetList legend="Route" name="route" selected={s.route} onToggle={(v) => onToggle('route', v)}
            values={data.routes.byRoute.map((b) => ({ value: b.node.id, label: b.node.displayName, count: b.count }))} />
          <FacetList legend="Cancer type (subtypes included)" name="cancerType" selected={s.cancerType} onToggle={(v) => onToggle('cancerType', v)}
            values={data.cancerTypes.byCancerType.map((b) => ({ value: b.node.id, label: b.node.displayName, count: b.count }))} />
          <FacetList legend="Target" name="target" selected={s.target} onToggle={(v) => onToggle('target', v)}
            values={data.targets.byBiomarker.map((b) => ({ value: b.node.id, label: b.node.displayName, count: b.count }))} />
          <FacetList legend="Kind" name="kind" selected={s.kind} onToggle={(v) => onToggle('kind', v)}
            values={data.kinds.byKind.map((b) => ({ value: b.kind, label: kindLabel(b.kind), count: b.count }))} />
          <GoalFacet state={state} goals={data.treatmentGoals.edges.map((e) => e.node)} onToggle={(v) => onToggle('goal', v)} />
        </div>
      )}
    </Answer>
  );
}

function GoalFacet({ state, goals, onToggle }: {
  state: FinderState;
  goals: { id: string; displayName: string }[];
  onToggle: (value: string) => void;
}) {
  const others = toFilter(state.selected, 'goal');
  return (
    <FacetList legend="Goal" name="goal" selected={state.selected.goal} onToggle={onToggle}
      values={goals.map((g) => ({ value: g.id, label: g.displayName, count: <GoalCount filter={{ ...others, goals: [g.id] }} /> }))} />
  );
}

function GoalCount({ filter }: { filter: TherapyFilter }) {
  const count = useQuery(TherapyCountDocument, { filter });
  if (count.status === 'done') return <>{count.data.facets.total}</>;
  return <>{count.status === 'loading' ? '…' : '?'}</>;
}
