import type { GraphView } from '../graph-view.ts';
import { finding, type Finding } from '../findings.ts';

/**
 * Claims naming an entity that is not there. A graph read from Neo4j cannot show the
 * missing id itself (deleting an entity deletes the ABOUT relationship to it), only a claim
 * left about nothing; a seed graph shows both.
 */
export function claimsAboutMissingEntities(view: GraphView): Finding {
  const occurrences = view.claims.flatMap((c) => {
    const about = view.aboutOf.get(c.id) ?? [];
    const missing = about.filter((id) => !view.nodes.has(id));
    if (missing.length > 0) return [{ ids: [c.id, ...missing], note: `about missing ${missing.join(', ')}` }];
    return about.length === 0 ? [{ ids: [c.id], note: 'about no entity' }] : [];
  });
  return finding('CLAIMS_ABOUT_MISSING_ENTITIES', occurrences);
}
