/** Every fact about the entity, grouped by relationship and direction, each with its sources. */
import { Fact } from '../../components/fact.tsx';
import type { EntityQuery } from '../../generated/graphql.ts';
import { relationshipLabel } from '../../kinds.ts';

type Group = NonNullable<EntityQuery['provenance']>['factGroups'][number];

export function FactGroups({ groups }: { groups: Group[] }) {
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">Facts and their sources</h2>
      {groups.map((g) => (
        <section key={`${g.relationship}-${g.direction}`} class="fact-group">
          <h3>
            {relationshipLabel(g.relationship)} {g.direction === 'INCOMING' ? '(pointing here)' : ''} <span class="count">{g.count}</span>
          </h3>
          <ul>
            {g.facts.map((f) => (
              <Fact key={`${f.subject.id}-${f.object.id}`} fact={f} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
