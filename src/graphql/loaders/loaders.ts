import DataLoader from 'dataloader';
import type { GraphReader } from '../../neo4j/graph-reader.ts';
import { entitiesById } from '../../queries/entities/entities-by-id.ts';
import type { EntityRecord } from '../../model/records.ts';
import type { FactRecord, Link } from '../../queries/entities/fact-record.ts';
import { listEntities, listFacts, type ListRequest, type Scope } from '../../queries/lists/list-entities.ts';
import type { Page } from '../../queries/lists/window.ts';
import type { Traversal } from '../../model/relations.ts';
import { relatedFacts } from '../../queries/relations/related-facts.ts';
import { eachGroup, groupedBatch, groupedCacheKey } from './grouped-batch.ts';

export interface RelatedKey {
  readonly traversal: Traversal;
  readonly parentId: string;
}

export interface PageKey {
  readonly request: ListRequest;
  readonly scope: Scope;
}

/**
 * The request's DataLoaders: every field that reads the graph goes through one, so that a
 * field at one level of the response costs one query however many parents it has.
 */
export interface Loaders {
  /** Any entity by id (lookups, the citations of facts and entities). */
  readonly entities: DataLoader<string, EntityRecord | null>;
  /**
   * An entity's relationships along one traversal (plain-list fields and their …Facts twins);
   * all the traversals asked for at one level of the response are read by one statement.
   */
  readonly links: DataLoader<RelatedKey, Link[], string>;
  /** A page of a list of entities: root lists and parents' connections. */
  readonly entityPages: DataLoader<PageKey, Page<EntityRecord>, string>;
  /** A page of a parent's relationships (…Facts connections). */
  readonly factPages: DataLoader<PageKey, Page<FactRecord>, string>;
}

const emptyPage = { rows: [], hasNextPage: false, hasPreviousPage: false, total: 0 };

export function createLoaders(reader: GraphReader): Loaders {
  const relatedGroup = (k: RelatedKey) => `${k.traversal.relation}:${k.traversal.direction}`;
  const relatedMember = (k: RelatedKey) => k.parentId;
  const pageGroup = (k: PageKey) => JSON.stringify(k.request);
  const pageMember = (k: PageKey) => k.scope;
  const pages = <T>(read: (req: ListRequest, scopes: Scope[]) => Promise<Map<Scope, Page<T>>>) =>
    new DataLoader<PageKey, Page<T>, string>(
      groupedBatch({ group: pageGroup, member: pageMember, load: eachGroup((k, scopes) => read(k.request, scopes)), missing: emptyPage }),
      { cacheKeyFn: groupedCacheKey(pageGroup, pageMember) },
    );
  return {
    entities: new DataLoader(async (ids) => {
      const found = await entitiesById(reader, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    links: new DataLoader(
      groupedBatch({
        group: relatedGroup,
        member: relatedMember,
        // Every relationship field of a response level in one statement.
        load: (groups) => relatedFacts(reader, groups.map((g) => ({ traversal: g.sample.traversal, parentIds: g.members }))),
        missing: [],
      }),
      { cacheKeyFn: groupedCacheKey(relatedGroup, relatedMember) },
    ),
    entityPages: pages((req, scopes) => listEntities(reader, req, scopes)),
    factPages: pages((req, scopes) => listFacts(reader, req, scopes)),
  };
}
