/** A sort key: the values of a row's sort expressions, most significant first. */
export type SortKey = readonly (string | number)[];

/**
 * Which slice of a sorted list to read, after the page arguments were checked: `size` rows
 * after `after` and before `before` (either optional), taken from the end when `backward`
 * (a `last` page).
 */
export interface Window {
  readonly size: number;
  readonly backward: boolean;
  readonly after?: SortKey;
  readonly before?: SortKey;
}

export interface Page<T> {
  readonly rows: readonly { readonly key: SortKey; readonly item: T }[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  /** Present when the total was asked for. */
  readonly total?: number;
}

/**
 * Turns the rows a paged statement read (at most size + 1, in reading order: reversed for a
 * backward window) into a page. The extra row only tells that there is more in the reading
 * direction; on the other side, there is more exactly when a cursor bounds the window.
 */
export function toPage<T>(read: readonly { key: SortKey; item: T }[], w: Window, total?: number): Page<T> {
  const more = read.length > w.size;
  const kept = read.slice(0, w.size);
  const rows = w.backward ? [...kept].reverse() : kept;
  return {
    rows,
    hasNextPage: w.backward ? w.before !== undefined : more,
    hasPreviousPage: w.backward ? more : w.after !== undefined,
    ...(total === undefined ? {} : { total }),
  };
}
