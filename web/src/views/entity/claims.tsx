/** Claims: the statement, its support status, and each source with section and excerpt. */
import type { EntityQuery, SupportStatus } from '../../generated/graphql.ts';
import { href } from '../../routes.ts';

type Claim = NonNullable<EntityQuery['provenance']>['claims'][number];

const STATUS_TEXT: Record<SupportStatus, string> = {
  SUPPORTED: 'supported',
  WEAKLY_SUPPORTED: 'weakly supported',
  UNSUPPORTED: 'unsupported',
};

export function SupportStatusBadge({ status }: { status: SupportStatus }) {
  return <span class={`support support-${status.toLowerCase()}`}>{STATUS_TEXT[status]}</span>;
}

export function Claims({ claims }: { claims: Claim[] }) {
  return (
    <section aria-labelledby="claims-heading">
      <h2 id="claims-heading">Claims <span class="count">{claims.length}</span></h2>
      <ul class="claims">
        {claims.map((claim) => (
          <li key={claim.id}>
            <p>
              <a href={href.entity(claim.id)}>{claim.text}</a> <SupportStatusBadge status={claim.supportStatus} />
            </p>
            <SupportList support={claim.support} />
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SupportList({ support }: { support: Claim['support'] }) {
  return (
    <ul class="support-list">
      {support.map((s) => (
        <li key={`${s.citation.id}-${s.section}`}>
          <a href={href.entity(s.citation.id)} class="citation">
            {s.citation.title}
          </a>
          {s.section ? <>, {s.section}</> : null}
          {s.excerpt ? <blockquote>{s.excerpt}</blockquote> : null}
        </li>
      ))}
    </ul>
  );
}
