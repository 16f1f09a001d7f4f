/** Search results grouped by kind, best match first within each group. */
import { useLocation } from 'preact-iso';
import { useQuery } from '../api/use-query.ts';
import { Answer } from '../components/status.tsx';
import { EntityLink } from '../components/entity-link.tsx';
import { SearchDocument, type SearchQuery } from '../generated/graphql.ts';
import { kindOf } from '../kinds.ts';

type Hit = SearchQuery['search']['edges'][number]['node'];

export function SearchView() {
  const q = (useLocation().query.q ?? '').trim();
  const state = useQuery(SearchDocument, { query: q, first: 100 }, q !== '');
  if (!q) {
    return (
      <section>
        <h1>Search</h1>
        <p>Type a name, a brand name (Gleevec), a cancer type, a target or words from a source's title in the search box above.</p>
      </section>
    );
  }
  return (
    <section>
      <h1>
        Results for “{q}”
      </h1>
      <Answer state={state} what="results">
        {(data) => {
          const groups = groupByKind(data.search.edges.map((e) => e.node));
          if (groups.length === 0) return <p class="message">Nothing matches “{q}”. Check the spelling, or try fewer words.</p>;
          return (
            <>
              <p>
                {data.search.totalCount} {data.search.totalCount === 1 ? 'match' : 'matches'}
                {data.search.totalCount > data.search.edges.length ? ` (the best ${data.search.edges.length} shown)` : ''}.
              </p>
              {groups.map(([typename, hits]) => (
                <section key={typename} class="result-group" aria-labelledby={`group-${typename}`}>
                  <h2 id={`group-${typename}`}>
                    {kindOf(typename).plural} <span class="count">{hits.length}</span>
                  </h2>
                  <ul>
                    {hits.map((hit) => (
                      <li key={hit.id}>
                        <EntityLink node={hit} />
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </>
          );
        }}
      </Answer>
    </section>
  );
}

/** Groups in the order of each kind's best hit, so the best match's kind comes first. */
function groupByKind(hits: Hit[]): [string, Hit[]][] {
  const groups = new Map<string, Hit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.__typename) ?? [];
    group.push(hit);
    groups.set(hit.__typename, group);
  }
  return [...groups];
}
