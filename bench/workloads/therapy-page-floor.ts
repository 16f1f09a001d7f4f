/**
 * The floor for a page of therapies, as our API reads it for one request: the root list
 * statement, then one statement for every relationship field of all therapies on the page
 * (as its DataLoaders send them), then, when citations are selected, one statement
 * for every citation the facts name. All statements come from src/queries.
 */
import type { GraphReader } from '../../src/neo4j/graph-reader.ts';
import { entitiesById } from '../../src/queries/entities/entities-by-id.ts';
import type { EntityRecord } from '../../src/queries/entities/entity-record.ts';
import { citationIds, type Link } from '../../src/queries/entities/fact-record.ts';
import { listEntities, type ListRequest } from '../../src/queries/lists/list-entities.ts';
import { defaultSort } from '../../src/queries/lists/sort.ts';
import type { Traversal } from '../../src/queries/model/relations.ts';
import { relatedFacts } from '../../src/queries/relations/related-facts.ts';

export interface TherapyPageFloor {
  filter: Record<string, unknown> | null;
  size: number;
  withTotal: boolean;
  relations: Traversal[];
  citations: boolean;
}

export interface TherapyPageAnswer {
  therapies: EntityRecord[];
  /** The relationships of the therapies on the page, seen from the therapy. */
  links: Link[];
  citations: EntityRecord[];
}

export async function therapyPageFloor(reader: GraphReader, o: TherapyPageFloor): Promise<TherapyPageAnswer> {
  const request: ListRequest = {
    label: 'Therapy',
    filter: o.filter,
    sort: defaultSort('Therapy'),
    window: { size: o.size, backward: false },
    withTotal: o.withTotal,
    facts: false,
  };
  const page = (await listEntities(reader, request, [null])).get(null)!;
  const therapies = page.rows.map((r) => r.item);
  const ids = therapies.map((t) => t.id);
  const byRelation = await relatedFacts(reader, o.relations.map((traversal) => ({ traversal, parentIds: ids })));
  const links = byRelation.flatMap((m) => [...m.values()].flat());
  const cited = o.citations ? [...new Set(links.flatMap((l) => citationIds(l.properties)))] : [];
  const citations = cited.length ? [...(await entitiesById(reader, cited)).values()] : [];
  return { therapies, links, citations };
}

/** The ids in a floor answer: therapies, the far ends of their facts, and the citations. */
export function idsOfTherapyPage(a: unknown): string[] {
  const { therapies, links, citations } = a as TherapyPageAnswer;
  return [...new Set([...therapies, ...links.map((l) => l.far), ...citations].map((e) => e.id))];
}
