import type { GraphQLResolveInfo } from 'graphql';
import { KINDS, type KindName } from '../../model/kinds.ts';
import type { UnknownIds } from '../../queries/compile/unknown-ids.ts';
import { closeIds, didYouMean } from '../../queries/suggestions/close-ids.ts';
import type { RequestContext } from '../context.ts';
import type { Warning } from './warnings-plugin.ts';
import { echo } from '../errors/user-errors.ts';

/**
 * How many unknown ids of one request get suggestions: each is one search statement, read
 * only when an id names nothing (a known id costs nothing beyond the list's own statement,
 * which finds the unknown ones); the rest are reported without.
 */
export const MAX_SUGGESTED = 3;
/** How many warnings one answer holds at most: 100 bad ids under 15 aliases must not make a 2 MB answer. */
export const MAX_WARNINGS = 20;

/** `therapies`, `cancerType.therapies`: the field's response path without list indexes. */
function responsePath(info: GraphQLResolveInfo): string {
  const keys: string[] = [];
  for (let p: GraphQLResolveInfo['path'] | undefined = info.path; p; p = p.prev) if (typeof p.key === 'string') keys.unshift(p.key);
  return keys.join('.');
}

/**
 * Records an UNKNOWN_ID warning (extensions.warnings) for each id of a filter that names
 * nothing of the kind its field expects, with close ids from the full-text search.
 */
export async function warnUnknownIds(
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  unknown: UnknownIds,
  kindOf: (field: string) => KindName | undefined,
  argument = 'filter',
): Promise<void> {
  // Aliases resolve concurrently: each warning takes its place (and its right to suggestions)
  // before the search is awaited, so the caps hold for the request as a whole.
  const searches: Promise<void>[] = [];
  for (const [field, ids] of Object.entries(unknown)) {
    const kind = kindOf(field);
    for (const id of ids) {
      if (ctx.warnings.length >= MAX_WARNINGS) break;
      const at = ctx.warnings.length;
      const warning = (suggestions: readonly string[]): Warning => ({
        code: 'UNKNOWN_ID',
        path: `${responsePath(info)}.${argument}.${field}`,
        value: echo(id),
        message: `no ${kind ? KINDS[kind].noun : 'node'} with id "${echo(id)}"${didYouMean(suggestions)}`,
        suggestions,
      });
      ctx.warnings.push(warning([]));
      if (at < MAX_SUGGESTED) searches.push(closeIds(ctx.reader, id, kind ? [kind] : []).then((suggestions) => void (ctx.warnings[at] = warning(suggestions))));
    }
  }
  await Promise.all(searches);
}
