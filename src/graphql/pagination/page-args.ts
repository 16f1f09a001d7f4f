import type { Window } from '../../queries/compile/window.ts';
import { requireInRange } from '../arguments.ts';
import { badUserInput } from '../errors/user-errors.ts';
import { decodeCursor, type CursorList } from './cursor.ts';

/** The most items one page may hold; `first` or `last` above it is a BAD_USER_INPUT. */
export const MAX_PAGE_SIZE = 100;
/** The page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly last?: number | null;
  readonly before?: string | null;
}

/** Checks Relay page arguments and turns them into the window the list statement reads. */
export function toWindow(args: PageArgs, list: CursorList): Window {
  const { first, last } = args;
  if (first != null && last != null) {
    throw badUserInput('`first` and `last` cannot be used together: page forwards with first/after or backwards with last/before', {
      argument: 'last',
    });
  }
  const backward = last != null;
  const size = backward ? requireInRange('last', last, 0, MAX_PAGE_SIZE) : requireInRange('first', first ?? DEFAULT_PAGE_SIZE, 0, MAX_PAGE_SIZE);
  return {
    size,
    backward,
    ...(args.after != null ? { after: decodeCursor(list, args.after, 'after') } : {}),
    ...(args.before != null ? { before: decodeCursor(list, args.before, 'before') } : {}),
  };
}
