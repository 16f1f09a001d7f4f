import DataLoader from 'dataloader';
import type { SupportStatus } from '../../audit/support-status.ts';
import type { FactRecord } from '../../queries/entities/fact-record.ts';
import type { Page, Window } from '../../queries/lists/window.ts';
import { citingFactPages } from '../../queries/provenance/citing-facts.ts';
import { supportStatuses } from '../../queries/provenance/support-statuses.ts';
import type { RequestContext } from '../context.ts';
import { eachGroup, groupedBatch, groupedCacheKey } from '../loaders/grouped-batch.ts';

export interface CitingFactsKey {
  readonly window: Window;
  readonly withTotal: boolean;
  readonly citationId: string;
}

/** The provenance fields' DataLoaders: one query per field per level, like the rest of the API. */
export interface ProvenanceLoaders {
  readonly supportStatus: DataLoader<string, SupportStatus>;
  /** A page of `Citation.supports` for each citation asking with the same page arguments. */
  readonly citingFacts: DataLoader<CitingFactsKey, Page<FactRecord>, string>;
}

/**
 * Made on first use in a request and kept for that request only (keyed by its context, which
 * src/graphql/loaders creates anew for each request), so caching never crosses requests.
 */
const perRequest = new WeakMap<RequestContext, ProvenanceLoaders>();

export function provenanceLoaders(ctx: RequestContext): ProvenanceLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createProvenanceLoaders(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}

const emptyPage: Page<FactRecord> = { rows: [], hasNextPage: false, hasPreviousPage: false, total: 0 };

function createProvenanceLoaders(ctx: RequestContext): ProvenanceLoaders {
  const group = (k: CitingFactsKey) => JSON.stringify({ window: k.window, withTotal: k.withTotal });
  const member = (k: CitingFactsKey) => k.citationId;
  return {
    supportStatus: new DataLoader(async (ids) => {
      const found = await supportStatuses(ctx.reader, ids);
      return ids.map((id) => found.get(id) ?? 'UNSUPPORTED');
    }),
    citingFacts: new DataLoader(
      groupedBatch({
        group,
        member,
        load: eachGroup((k, ids) => citingFactPages(ctx.reader, ids, k.window, k.withTotal)),
        missing: emptyPage,
      }),
      { cacheKeyFn: groupedCacheKey(group, member) },
    ),
  };
}
