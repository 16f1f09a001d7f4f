/** An entity's own attributes, and the sources of them. */
import { Citations } from '../../components/citations.tsx';
import { EntityLink } from '../../components/entity-link.tsx';
import type { EntityQuery } from '../../generated/graphql.ts';
import { SupportList, SupportStatusBadge } from './claims.tsx';

type EntityNode = NonNullable<EntityQuery['node']>;

export function Attributes({ node }: { node: EntityNode }) {
  switch (node.__typename) {
    case 'Citation':
      return (
        <dl class="attributes">
          <Row label="Title" value={node.title} />
          <Row label="Kind" value={node.citationKind.toLowerCase().replaceAll('_', ' ')} />
          <Row label="Status" value={node.status.toLowerCase()} />
          <Row label="Authors" value={node.authors.join('; ')} />
          <Row label="Published in" value={node.containerTitle} />
          <Row label="Publisher" value={node.publisher} />
          <Row label="Date" value={node.date} />
          <Row label="DOI" value={node.doi} />
          {node.url ? (
            <>
              <dt>Address</dt>
              <dd class="url">{node.url}</dd>
            </>
          ) : null}
          <Row label="Accessed" value={node.accessed} />
          <Row label="Note" value={node.note} />
        </dl>
      );
    case 'Claim':
      return (
        <>
          <dl class="attributes">
            <Row label="Statement" value={node.text} />
            <Row label="Kind" value={node.claimKind.toLowerCase().replaceAll('_', ' ')} />
            <dt>Support</dt>
            <dd>
              <SupportStatusBadge status={node.supportStatus} />
            </dd>
            <dt>About</dt>
            <dd>
              {node.claimAbout.map((n, i) => (
                <span key={n.id}>
                  {i > 0 ? ', ' : null}
                  <EntityLink node={n} badge />
                </span>
              ))}
            </dd>
          </dl>
          <SupportList support={node.support} />
        </>
      );
    default: {
      const description = 'description' in node ? node.description : 'optionalDescription' in node ? node.optionalDescription : null;
      return (
        <>
          <dl class="attributes">
            <Row label="Name" value={'name' in node ? node.name : undefined} />
            <Row label="Also known as" value={'aliases' in node ? node.aliases.join(', ') : undefined} />
            <Row label="Kind" value={'therapyKind' in node ? node.therapyKind.toLowerCase().replaceAll('_', ' ') : undefined} />
            <Row label="Description" value={description} />
            <Row label="Timing" value={'timeNote' in node ? node.timeNote : undefined} />
          </dl>
          {'citations' in node ? (
            <p>
              <Citations citations={node.citations} label="Sources of these attributes" />
            </p>
          ) : null}
        </>
      );
    }
  }
}

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
