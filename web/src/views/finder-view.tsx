/**
 * The therapy finder: filters with facet counts, a sortable table paged by Relay cursors,
 * and the whole list as CSV. All of it is in the URL (finder/finder-state.ts).
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ApiError } from '../api/client.ts';
import { useQuery } from '../api/use-query.ts';
import { EntityLink } from '../components/entity-link.tsx';
import { Answer, ErrorMessage } from '../components/status.tsx';
import { TherapyPageDocument, type TherapyPageQuery, type TherapySortField } from '../generated/graphql.ts';
import { paths } from '../routes.ts';
import { FinderFacets, kindLabel } from './finder/finder-facets.tsx';
import { PAGE_SIZE, readState, toFilter, toggle, writeState, type FinderState } from './finder/finder-state.ts';
import { download, therapiesCsv } from './finder/therapies-csv.ts';

export function FinderView() {
  const location = useLocation();
  const state = readState(location.url.slice(location.path.length));
  const go = (next: FinderState) => location.route(`${paths.therapies}${writeState(next)}`);
  const filter = toFilter(state.selected);
  const page = useQuery(TherapyPageDocument, {
    filter,
    sort: state.sort,
    ...(state.before ? { last: PAGE_SIZE, before: state.before } : { first: PAGE_SIZE, after: state.after }),
  });
  return (
    <section class="finder">
      <h1>Therapy finder</h1>
      <div class="finder-layout">
        <aside aria-label="Filters">
          <FinderFacets state={state} onToggle={(d, v) => go(toggle(state, d, v))} />
        </aside>
        <div class="finder-results">
          <Answer state={page} what="therapies">
            {(data) => <ResultTable data={data} state={state} go={go} />}
          </Answer>
          <CsvButton state={state} />
        </div>
      </div>
    </section>
  );
}

const COLUMNS: { label: string; sort?: TherapySortField }[] = [
  { label: 'Name', sort: 'NAME' },
  { label: 'Kind', sort: 'KIND' },
  { label: 'Routes' },
  { label: 'Cancer types' },
  { label: 'Targets' },
  { label: 'Id', sort: 'ID' },
];

function ResultTable({ data, state, go }: { data: TherapyPageQuery; state: FinderState; go: (s: FinderState) => void }) {
  const { totalCount, edges, pageInfo } = data.therapies;
  const sortBy = (field: TherapySortField) =>
    go({ selected: state.selected, sort: { field, direction: state.sort.field === field && state.sort.direction === 'ASC' ? 'DESC' : 'ASC' } });
  const more = state.before ? pageInfo.hasPreviousPage : pageInfo.hasNextPage;
  const hasPrevious = state.before ? more : Boolean(state.after);
  const hasNext = state.before ? true : more;
  return (
    <>
      <p role="status">
        {totalCount} {totalCount === 1 ? 'therapy matches' : 'therapies match'}.
      </p>
      <table class="results">
        <caption class="visually-hidden">Therapies matching the filters</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const active = c.sort === state.sort.field;
              return (
                <th key={c.label} scope="col" aria-sort={active ? (state.sort.direction === 'ASC' ? 'ascending' : 'descending') : undefined}>
                  {c.sort ? (
                    <button type="button" class="sort" onClick={() => sortBy(c.sort!)}>
                      {c.label}
                      <span aria-hidden="true">{active ? (state.sort.direction === 'ASC' ? ' ▲' : ' ▼') : ' ↕'}</span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {edges.map(({ node }) => (
            <tr key={node.id}>
              <td>
                <EntityLink node={{ __typename: 'Therapy', id: node.id, displayName: node.name }} />
                {node.aliases.length ? <div class="aliases">{node.aliases.join(', ')}</div> : null}
              </td>
              <td>{kindLabel(node.kind)}</td>
              <td>{node.routes.map((r) => r.displayName).join(', ')}</td>
              <td>{node.cancerTypes.map((c) => c.displayName).join(', ')}</td>
              <td>{node.targets.map((t) => t.displayName).join(', ')}</td>
              <td>
                <code>{node.id}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="pager" aria-label="Pages">
        <button type="button" disabled={!hasPrevious || !pageInfo.startCursor}
          onClick={() => go({ selected: state.selected, sort: state.sort, before: pageInfo.startCursor ?? undefined })}>
          ← Previous
        </button>
        <button type="button" disabled={!hasNext || !pageInfo.endCursor}
          onClick={() => go({ selected: state.selected, sort: state.sort, after: pageInfo.endCursor ?? undefined })}>
          Next →
        </button>
      </nav>
    </>
  );
}

function CsvButton({ state }: { state: FinderState }) {
  const [status, setStatus] = useState<'idle' | 'working' | ApiError>('idle');
  const run = async () => {
    setStatus('working');
    try {
      download(await therapiesCsv(toFilter(state.selected), state.sort), 'therapies.csv');
      setStatus('idle');
    } catch (err) {
      setStatus(err instanceof ApiError ? err : new ApiError('The CSV could not be written.', 'CLIENT'));
    }
  };
  return (
    <div class="csv">
      <button type="button" onClick={run} disabled={status === 'working'}>
        {status === 'working' ? 'Preparing CSV…' : 'Download the list as CSV'}
      </button>
      {status instanceof ApiError ? <ErrorMessage error={status} /> : null}
    </div>
  );
}
