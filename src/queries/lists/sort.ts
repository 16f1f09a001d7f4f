import type { EntityLabel } from '../model/graph-model.ts';
import type { Direction } from './paged-statement.ts';

/**
 * Sort expressions over a list's item `n`, by the names of the GraphQL sort fields. Text
 * sorts ignore case; the item's id always follows as the tie-breaker, so order is stable.
 */
export const sortExpressions = {
  NAME: 'toLower(n.name)',
  ID: 'n.id',
  KIND: 'n.kind',
  TITLE: 'toLower(n.title)',
  DATE: "coalesce(n.date, '')",
} as const;
export type SortField = keyof typeof sortExpressions;

export interface Sort {
  readonly field: SortField;
  readonly direction: Direction;
}

/** The order of a list when the request names none. */
export function defaultSort(label: EntityLabel): Sort {
  const field: SortField = label === 'Citation' ? 'TITLE' : label === 'Claim' ? 'ID' : 'NAME';
  return { field, direction: 'ASC' };
}
