import type { Window } from '../../queries/compile/window.ts';
import { defaultSort, type Direction, type Sort, type SortField } from '../../model/sort.ts';
import type { KindName } from '../../model/kinds.ts';
import type { Traversal } from '../../model/relations.ts';
import type { CursorList } from './cursor.ts';
import { toWindow, type PageArgs } from './page-args.ts';

/** One page of a list of one kind, its arguments checked: a root list, or a parent's connection. */
export interface ListRequest {
  readonly label: KindName;
  readonly filter?: Readonly<Record<string, unknown>> | null;
  readonly sort: Sort;
  readonly window: Window;
  readonly withTotal: boolean;
  /** For a parent's list (CancerType.therapies): the way from an item to its parent. */
  readonly via?: Traversal;
  /** One row per relationship to the parent (the …Facts connections) instead of one per item. */
  readonly facts?: boolean;
}

/** The arguments every list field takes (connections over entities or facts). */
export interface ListArgs extends PageArgs {
  readonly filter?: Readonly<Record<string, unknown>> | null;
  readonly sort?: { readonly field: SortField; readonly direction: Direction } | null;
}

export interface ListOptions {
  /** For a parent's list: the way from an item to its parent. */
  readonly via?: Traversal;
  /** One row per relationship (…Facts connections). */
  readonly facts?: boolean;
}

/**
 * A list field's arguments, checked, as the request the list statement reads, plus which
 * list its cursors belong to. The total is counted only when `totalCount` is selected.
 */
export function listRequest(
  label: KindName,
  args: ListArgs,
  withTotal: boolean,
  options: ListOptions = {},
): { request: ListRequest; cursors: CursorList } {
  const sort = args.sort ?? defaultSort(label);
  const facts = options.facts ?? false;
  const cursors: CursorList = { name: `${label}${facts ? ' facts' : ''} by ${sort.field}`, keyLength: facts ? 3 : 2 };
  const request: ListRequest = {
    label,
    filter: args.filter ?? null,
    sort,
    window: toWindow(args, cursors),
    withTotal,
    ...(options.via ? { via: options.via } : {}),
    facts,
  };
  return { request, cursors };
}
