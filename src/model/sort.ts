/**
 * How lists can be ordered: the sort fields of the API (`sort: { field, direction }`), the
 * property each reads, and each kind's default. The item's id always follows as the
 * tie-breaker, so the order is total and stable across pages. The Cypher is in src/queries.
 */
import type { KindName } from './kinds.ts';

export interface SortFieldSpec {
  readonly property: string;
  /** Text sorts ignore case. */
  readonly ignoreCase: boolean;
  /** Sorts missing values as this (undated citations first, ascending). */
  readonly missingAs?: string;
}

export const sortFields = {
  NAME: { property: 'name', ignoreCase: true },
  ID: { property: 'id', ignoreCase: false },
  KIND: { property: 'kind', ignoreCase: false },
  TITLE: { property: 'title', ignoreCase: true },
  DATE: { property: 'date', ignoreCase: false, missingAs: '' },
} as const satisfies Record<string, SortFieldSpec>;
export type SortField = keyof typeof sortFields;

export type Direction = 'ASC' | 'DESC';

export interface Sort {
  readonly field: SortField;
  readonly direction: Direction;
}

/** The order of a list when the request names none. */
export function defaultSort(kind: KindName): Sort {
  const field: SortField = kind === 'Citation' ? 'TITLE' : kind === 'Claim' ? 'ID' : 'NAME';
  return { field, direction: 'ASC' };
}
