/** The part of a Relay connection that paging needs. */
export interface Page<E> {
  edges: readonly E[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * Every edge of a list, read page after page with `after` cursors. A page holds at most 100
 * items (the API's cap) and the seed holds more therapies, citations and indications than that,
 * so a test that needs a whole list pages through it instead of assuming one page is all.
 */
export async function allPages<E>(page: (after: string | null) => Promise<Page<E>>): Promise<E[]> {
  const edges: E[] = [];
  let after: string | null = null;
  for (;;) {
    const p: Page<E> = await page(after);
    edges.push(...p.edges);
    if (!p.pageInfo.hasNextPage) return edges;
    // A next page without a cursor to reach it would restart the list forever.
    if (!p.pageInfo.endCursor) throw new Error('hasNextPage without an endCursor');
    after = p.pageInfo.endCursor;
  }
}
