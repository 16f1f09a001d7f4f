import { kindOf } from '../kinds.ts';
import { href } from '../routes.ts';

export interface NodeRef {
  __typename?: string;
  id: string;
  displayName: string;
}

/** A link to a node's entity view, with a badge of its kind when known. */
export function EntityLink({ node, badge = false }: { node: NodeRef; badge?: boolean }) {
  const kind = kindOf(node.__typename);
  return (
    <span class="entity-link">
      {badge && node.__typename ? (
        <span class="badge" style={{ background: kind.colour }}>
          {kind.label}
        </span>
      ) : null}
      <a href={href.entity(node.id)}>{node.displayName}</a>
    </span>
  );
}

/** An id that links to its entity view (audit findings name ids only). */
export function IdLink({ id }: { id: string }) {
  return (
    <a href={href.entity(id)}>
      <code>{id}</code>
    </a>
  );
}
