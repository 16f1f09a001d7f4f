/** A citation's view: every fact and claim it supports. */
import { useQuery } from '../../api/use-query.ts';
import { Fact } from '../../components/fact.tsx';
import { Answer } from '../../components/status.tsx';
import { CitationSupportsDocument } from '../../generated/graphql.ts';
import { href } from '../../routes.ts';
import { SupportStatusBadge } from './claims.tsx';

export function CitationSupports({ id }: { id: string }) {
  const state = useQuery(CitationSupportsDocument, { id });
  return (
    <Answer state={state} what="what this source supports" subject={id}>
      {({ citation }) =>
        citation ? (
          <section aria-labelledby="supports-heading">
            <h2 id="supports-heading">What this source supports</h2>
            <h3>
              Facts <span class="count">{citation.supports.totalCount}</span>
            </h3>
            {citation.supports.totalCount > citation.supports.edges.length ? <p class="hint">The first {citation.supports.edges.length} are listed.</p> : null}
            <ul>
              {citation.supports.edges.map(({ node }) => (
                <Fact key={`${node.relationship}-${node.subject.id}-${node.object.id}`} fact={node} />
              ))}
            </ul>
            <h3>
              Claims <span class="count">{citation.claims.totalCount}</span>
            </h3>
            <ul>
              {citation.claims.edges.map(({ node }) => (
                <li key={node.id}>
                  <a href={href.entity(node.id)}>{node.text}</a> <SupportStatusBadge status={node.supportStatus} />
                </li>
              ))}
            </ul>
          </section>
        ) : null
      }
    </Answer>
  );
}
