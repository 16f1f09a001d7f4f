/**
 * The entity view, for any kind: attributes, every fact with the citations behind it, the
 * claims with their excerpts and support status, and the neighbourhood graph (loaded on its
 * own, with Cytoscape, after the rest). A citation's view adds everything it supports.
 */
import { lazy, Suspense } from 'preact/compat';
import { useRoute } from 'preact-iso';
import { useQuery } from '../api/use-query.ts';
import { Answer, Loading } from '../components/status.tsx';
import { EntityDocument } from '../generated/graphql.ts';
import { kindOf } from '../kinds.ts';
import { href } from '../routes.ts';
import { Attributes } from './entity/attributes.tsx';
import { CitationSupports } from './entity/citation-supports.tsx';
import { Claims } from './entity/claims.tsx';
import { FactGroups } from './entity/fact-groups.tsx';

const GraphPanel = lazy(() => import('../graph/graph-panel.tsx'));

export function EntityView() {
  const id = decodeURIComponent(useRoute().params.id ?? '');
  const state = useQuery(EntityDocument, { id });
  return (
    <Answer state={state} what={`“${id}”`} subject={id}>
      {({ node, provenance }) => {
        if (!node) return null;
        const kind = kindOf(node.__typename);
        return (
          <article class="entity" key={node.id}>
            <p class="kind-line">
              <span class="badge" style={{ background: kind.colour }}>
                {kind.label}
              </span>{' '}
              <code>{node.id}</code> · <a href={href.paths(node.id)}>paths from here</a>
            </p>
            <h1>{node.displayName}</h1>
            <Attributes node={node} />
            {node.__typename === 'Citation' ? <CitationSupports id={node.id} /> : null}
            {provenance && provenance.factGroups.length > 0 ? <FactGroups groups={provenance.factGroups} /> : null}
            {provenance && provenance.claims.length > 0 ? <Claims claims={provenance.claims} /> : null}
            {node.__typename !== 'Citation' && node.__typename !== 'Claim' ? (
              <Suspense fallback={<Loading what="the graph" />}>
                <GraphPanel id={node.id} />
              </Suspense>
            ) : null}
          </article>
        );
      }}
    </Answer>
  );
}
