/**
 * The therapy finder's state, read from and written to its URL, so that a filtered, sorted
 * page survives a reload and can be shared. Each filter dimension maps to one field of the
 * API's TherapyFilter.
 */
import type { SortDirection, TherapyFilter, TherapyKind, TherapySortField } from '../../generated/graphql.ts';

export const PAGE_SIZE = 25;

/** URL parameter → TherapyFilter field. */
export const DIMENSIONS = {
  route: 'routes',
  cancerType: 'cancerTypes',
  target: 'targets',
  kind: 'kinds',
  goal: 'goals',
} as const satisfies Record<string, keyof TherapyFilter>;

export type Dimension = keyof typeof DIMENSIONS;

export interface FinderState {
  selected: Record<Dimension, string[]>;
  sort: { field: TherapySortField; direction: SortDirection };
  after?: string;
  before?: string;
}

const SORT_FIELDS: readonly TherapySortField[] = ['NAME', 'KIND', 'ID'];

export function readState(search: string): FinderState {
  const params = new URLSearchParams(search);
  const selected = Object.fromEntries(
    Object.keys(DIMENSIONS).map((d) => [d, params.getAll(d).filter(Boolean)]),
  ) as Record<Dimension, string[]>;
  const field = (params.get('sort') ?? 'NAME').toUpperCase() as TherapySortField;
  return {
    selected,
    sort: {
      field: SORT_FIELDS.includes(field) ? field : 'NAME',
      direction: params.get('dir') === 'desc' ? 'DESC' : 'ASC',
    },
    after: params.get('after') ?? undefined,
    before: params.get('before') ?? undefined,
  };
}

export function writeState(state: FinderState): string {
  const params = new URLSearchParams();
  for (const d of Object.keys(DIMENSIONS) as Dimension[]) for (const v of state.selected[d]) params.append(d, v);
  if (state.sort.field !== 'NAME') params.set('sort', state.sort.field.toLowerCase());
  if (state.sort.direction === 'DESC') params.set('dir', 'desc');
  if (state.after) params.set('after', state.after);
  if (state.before) params.set('before', state.before);
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** The API filter for the chosen values, leaving out one dimension (for its own facet counts). */
export function toFilter(selected: FinderState['selected'], without?: Dimension): TherapyFilter {
  const filter: TherapyFilter = {};
  for (const d of Object.keys(DIMENSIONS) as Dimension[]) {
    if (d === without || selected[d].length === 0) continue;
    if (d === 'kind') filter.kinds = selected.kind as TherapyKind[];
    else filter[DIMENSIONS[d]] = selected[d];
  }
  return filter;
}

/** A new state with one value toggled; the page goes back to the first. */
export function toggle(state: FinderState, dimension: Dimension, value: string): FinderState {
  const values = state.selected[dimension];
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  return { sort: state.sort, selected: { ...state.selected, [dimension]: next } };
}
