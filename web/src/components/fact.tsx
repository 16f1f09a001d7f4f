/** One fact, "subject — relationship → object", with the titles of its citations beside it. */
import type { FactWithSourcesFragment } from '../generated/graphql.ts';
import { relationshipLabel } from '../kinds.ts';
import { Citations } from './citations.tsx';
import { EntityLink } from './entity-link.tsx';

export function Fact({ fact }: { fact: FactWithSourcesFragment }) {
  return (
    <li class="fact">
      <span class="statement">
        <EntityLink node={fact.subject} /> <span class="relationship">{relationshipLabel(fact.relationship)}</span>{' '}
        <EntityLink node={fact.object} />
      </span>{' '}
      <Citations citations={fact.citations} />
    </li>
  );
}
