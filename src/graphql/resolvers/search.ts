import { createHash } from 'node:crypto';
import { toLuceneQuery } from '../../queries/search/lucene-query.ts';
import type { Window } from '../../queries/compile/window.ts';
import { searchEntities, searchQuery, type SearchRequest } from '../../queries/search/search-entities.ts';
import type { QuerySearchArgs, Resolvers } from '../generated/resolvers.ts';
import { toConnection } from '../pagination/connection.ts';
import type { CursorList } from '../pagination/cursor.ts';
import { toWindow } from '../pagination/page-args.ts';
import { prepared } from '../plan/prepared.ts';
import { searchPlan } from '../plan/root-plan.ts';

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_root, args, ctx, info) => {
      const { request, cursors, read } = prepared(info, () => {
        const { request, cursors, window } = searchRequest(args);
        if (!request) return { cursors };
        const plan = searchPlan(info, window);
        return { request, cursors, read: { plan, statement: searchQuery(request, plan) } };
      });
      const page =
        request && read
          ? await searchEntities(ctx.reader, request, read.plan, read.statement)
          : { rows: [], hasNextPage: false, hasPreviousPage: false, total: 0 };
      return toConnection(page, cursors, (hit, cursor) => ({ cursor, node: hit.node, score: hit.score }));
    },
  },
};

/** `search`'s arguments, checked: the Lucene query (none when the text has no word), its cursors and window. */
export function searchRequest(args: QuerySearchArgs): { request?: SearchRequest; cursors: CursorList; window: Window } {
  const lucene = toLuceneQuery(args.query);
  const labels = args.types ?? [];
  // A cursor is a position in one result: it names the query it came from.
  const fingerprint = createHash('sha256').update(JSON.stringify([lucene, [...labels].sort()])).digest('base64url').slice(0, 12);
  const cursors: CursorList = { name: `search ${fingerprint}`, keyLength: 2 };
  return { ...(lucene ? { request: { lucene, labels } } : {}), cursors, window: toWindow(args, cursors) };
}
