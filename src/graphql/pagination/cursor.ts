import type { SortKey } from '../../queries/compile/window.ts';
import { badUserInput } from '../errors/user-errors.ts';

/**
 * Which list a cursor belongs to: the kind of row and the sort field (a cursor of a list
 * sorted by name means nothing in a list sorted by kind), and how long its key is.
 */
export interface CursorList {
  readonly name: string;
  readonly keyLength: number;
}

const MAX_CURSOR_LENGTH = 2000;

/**
 * Cursors are opaque to clients: base64url of the list's name and the row's sort key. Being
 * a keyset, a cursor stays meaningful when rows are added or removed around it.
 */
export function encodeCursor(list: CursorList, key: SortKey): string {
  return Buffer.from(JSON.stringify({ l: list.name, k: key })).toString('base64url');
}

/** The sort key in a cursor of `list`; anything else is a BAD_USER_INPUT naming the argument. */
export function decodeCursor(list: CursorList, cursor: string, argument: string): SortKey {
  const invalid = () =>
    badUserInput(`\`${argument}\` is not a cursor of this list: pass a cursor from this list's edges, with the same sort`, {
      argument,
    });
  if (cursor.length > MAX_CURSOR_LENGTH) throw invalid();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const { l, k } = (decoded ?? {}) as { l?: unknown; k?: unknown };
  const validKey =
    Array.isArray(k) && k.length === list.keyLength && k.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
  if (l !== list.name || !validKey) throw invalid();
  return k as SortKey;
}
