import { createHash } from 'node:crypto';
import { toLuceneQuery } from '../../queries/search/lucene-query.ts';
import { searchEntities, type SearchRequest } from '../../queries/search/search-entities.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { toConnection } from '../pagination/connection.ts';
import type { CursorList } from '../pagination/cursor.ts';
import { toWindow } from '../pagination/page-args.ts';
import { selectsField } from '../selection.ts';

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_root, args, ctx, info) => {
      const lucene = toLuceneQuery(args.query);
      const labels = args.types ?? [];
      // A cursor is a position in one result: it names the query it came from.
      const fingerprint = createHash('sha256').update(JSON.stringify([lucene, [...labels].sort()])).digest('base64url').slice(0, 12);
      const cursors: CursorList = { name: `search ${fingerprint}`, keyLength: 2 };
      const window = toWindow(args, cursors);
      const request: SearchRequest | undefined = lucene ? { lucene, labels, window, withTotal: selectsField(info, 'totalCount') } : undefined;
      const page = request
        ? await searchEntities(ctx.reader, request)
        : { rows: [], hasNextPage: false, hasPreviousPage: false, total: 0 };
      return toConnection(page, cursors, (hit, cursor) => ({ cursor, node: hit.node, score: hit.score }));
    },
  },
};
