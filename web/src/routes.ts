/**
 * Every URL of the explorer, in one place. Each view's state lives in its URL (path and
 * query), so a reload or a shared link shows the same thing.
 */
export const BASE = '/explore';

export const paths = {
  home: `${BASE}/`,
  search: `${BASE}/search`,
  therapies: `${BASE}/therapies`,
  entity: `${BASE}/entity/:id`,
  paths: `${BASE}/paths`,
  audit: `${BASE}/audit`,
} as const;

export function withQuery(path: string, query: Record<string, string | string[] | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : value ? [value] : []) params.append(key, v);
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export const href = {
  search: (q: string) => withQuery(paths.search, { q }),
  entity: (id: string) => `${BASE}/entity/${encodeURIComponent(id)}`,
  paths: (from?: string, to?: string) => withQuery(paths.paths, { from, to }),
};

/** The current URL's query as a URLSearchParams (views read their state from it). */
export function currentQuery(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}
