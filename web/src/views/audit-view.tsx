/** The provenance audit: each check with its count, each occurrence's ids linking to their views. */
import { useQuery } from '../api/use-query.ts';
import { IdLink } from '../components/entity-link.tsx';
import { Answer } from '../components/status.tsx';
import { AuditDocument } from '../generated/graphql.ts';

export function AuditView() {
  const state = useQuery(AuditDocument, {});
  return (
    <section>
      <h1>Provenance audit</h1>
      <Answer state={state} what="the audit">
        {({ audit }) => (
          <>
            <p class={audit.passed ? 'passed' : 'failed'} role="status">
              {audit.passed ? 'Passed: every statement is traced to an existing citation.' : 'Failed: some statements lack an existing citation.'}{' '}
              {audit.nodeCount} nodes, {audit.relationshipCount} relationships
              {audit.seedHash ? <>, seed <code>{audit.seedHash.slice(0, 12)}</code></> : null}.
            </p>
            <table class="audit-summary">
              <caption>Checks</caption>
              <thead>
                <tr>
                  <th scope="col">Check</th>
                  <th scope="col">Found</th>
                  <th scope="col">Blocking</th>
                </tr>
              </thead>
              <tbody>
                {audit.findings.map((f) => (
                  <tr key={f.name}>
                    <th scope="row">
                      {f.count > 0 ? <a href={`#${f.name}`}>{f.description}</a> : f.description}
                    </th>
                    <td class="num">{f.count}</td>
                    <td>{f.blocking ? 'yes' : 'no'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {audit.findings
              .filter((f) => f.count > 0)
              .map((f) => (
                <section key={f.name} id={f.name} class="finding">
                  <h2>
                    {f.description} <span class="count">{f.count}</span>
                  </h2>
                  <ul>
                    {f.occurrences.map((o) => (
                      <li key={o.ids.join(' ')}>
                        {o.ids.map((id, i) => (
                          <span key={id}>
                            {i > 0 ? ', ' : null}
                            <IdLink id={id} />
                          </span>
                        ))}
                        : {o.note}
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
          </>
        )}
      </Answer>
    </section>
  );
}
