/**
 * Paths: two entities (typed with suggestions from the search), and the shortest paths
 * between them, each hop with its fact and citations. The pair is in the URL.
 */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useQuery } from '../api/use-query.ts';
import { Citations } from '../components/citations.tsx';
import { EntityLink } from '../components/entity-link.tsx';
import { Answer } from '../components/status.tsx';
import { PathsDocument, SearchDocument } from '../generated/graphql.ts';
import { relationshipLabel } from '../kinds.ts';
import { href } from '../routes.ts';

export function PathsView() {
  const location = useLocation();
  const from = location.query.from ?? '';
  const to = location.query.to ?? '';
  return (
    <section>
      <h1>Paths between two entities</h1>
      <form
        class="paths-form"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          location.route(href.paths(String(data.get('from') ?? '').trim(), String(data.get('to') ?? '').trim()));
        }}
      >
        <EntityPicker name="from" label="From" initial={from} />
        <EntityPicker name="to" label="To" initial={to} />
        <button type="submit">Find paths</button>
      </form>
      {from && to ? <PathResults key={`${from}>${to}`} from={from} to={to} /> : <p>Pick two entities by id (suggestions appear as you type).</p>}
    </section>
  );
}

function EntityPicker({ name, label, initial }: { name: string; label: string; initial: string }) {
  const [text, setText] = useState(initial);
  const suggestions = useQuery(SearchDocument, { query: text, first: 10 }, text.trim().length >= 2);
  const listId = `${name}-suggestions`;
  return (
    <label class="picker">
      {label}{' '}
      <input name={name} value={text} list={listId} required autocomplete="off" placeholder="id, e.g. imatinib" onInput={(e) => setText(e.currentTarget.value)} />
      <datalist id={listId}>
        {suggestions.status === 'done'
          ? suggestions.data.search.edges.map(({ node }) => <option key={node.id} value={node.id}>{node.displayName}</option>)
          : null}
      </datalist>
    </label>
  );
}

function PathResults({ from, to }: { from: string; to: string }) {
  const state = useQuery(PathsDocument, { from, to, maxHops: 4 });
  return (
    <Answer state={state} what="paths" subject={`${from} or ${to}`}>
      {({ paths }) => {
        if (!paths || paths.length === 0) return <p class="message">No path of at most 4 steps joins <code>{from}</code> and <code>{to}</code>.</p>;
        return (
          <>
            <p role="status">
              {paths.length} shortest {paths.length === 1 ? 'path' : 'paths'} of {paths[0]!.length} {paths[0]!.length === 1 ? 'step' : 'steps'}.
            </p>
            <ol class="paths">
              {paths.map((path, i) => (
                <li key={i} class="path">
                  <ul class="steps">
                    {path.steps.map((step, j) => (
                      <li key={j} class="step">
                        <EntityLink node={step.from} badge /> <span class="relationship">{step.direction === 'FORWARD' ? `${relationshipLabel(step.fact.relationship)} →` : `← ${relationshipLabel(step.fact.relationship)}`}</span>{' '}
                        <EntityLink node={step.to} badge />
                        <div>
                          <Citations citations={step.fact.citations} />
                        </div>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </>
        );
      }}
    </Answer>
  );
}
