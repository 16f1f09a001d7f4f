/**
 * How well a claim is supported, from the statuses of the citations that support it. The
 * rule lives here twice, in TypeScript for the audit and in Cypher for the API's
 * `claims(filter: {supportStatus})`, side by side so they change together; the integration
 * tests check that the two agree on every claim of the shipped seed.
 */
import { CITATION_STATUSES } from '../model/kinds.ts';

export const SUPPORT_STATUSES = ['SUPPORTED', 'WEAKLY_SUPPORTED', 'UNSUPPORTED'] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

/** A source that is unavailable, superseded or retracted can no longer be checked or relied on alone. */
export const WEAK_CITATION_STATUSES: readonly string[] = CITATION_STATUSES.filter((s) => s !== 'current');

/** `statuses`: one per existing citation supporting the claim. */
export function supportStatusOf(statuses: readonly string[]): SupportStatus {
  if (statuses.length === 0) return 'UNSUPPORTED';
  return statuses.some((s) => !WEAK_CITATION_STATUSES.includes(s)) ? 'SUPPORTED' : 'WEAKLY_SUPPORTED';
}

/**
 * supportStatusOf as a Cypher expression over `statuses`, a list expression of the
 * statuses. The weak statuses are the registry's own slugs, so they are written inline.
 */
export function supportStatusCypher(statuses: string): string {
  const weak = `[${WEAK_CITATION_STATUSES.map((s) => `'${s}'`).join(', ')}]`;
  return `CASE WHEN size(${statuses}) = 0 THEN 'UNSUPPORTED' WHEN any(status IN ${statuses} WHERE NOT status IN ${weak}) THEN 'SUPPORTED' ELSE 'WEAKLY_SUPPORTED' END`;
}
