import type { Page } from '../../queries/compile/window.ts';
import { encodeCursor, type CursorList } from './cursor.ts';

export interface PageInfoModel {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly startCursor: string | null;
  readonly endCursor: string | null;
}

export interface EdgeModel<T> {
  readonly cursor: string;
  readonly node: T;
}

/**
 * A Relay connection as resolvers return it. `totalCount` is there only when the query
 * selected it (the page was read with its count); see selectsField.
 */
export interface ConnectionModel<E> {
  readonly edges: readonly E[];
  readonly pageInfo: PageInfoModel;
  readonly totalCount?: number;
}

/** A page as a connection whose edges hold the rows' items, with cursors for `list`. */
export function toConnection<T, E extends EdgeModel<unknown> = EdgeModel<T>>(
  page: Page<T>,
  list: CursorList,
  edge: (item: T, cursor: string) => E = (node, cursor) => ({ cursor, node }) as unknown as E,
): ConnectionModel<E> {
  const edges = page.rows.map((row) => edge(row.item, encodeCursor(list, row.key)));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    ...(page.total === undefined ? {} : { totalCount: page.total }),
  };
}
