import type { GraphQLResolveInfo } from 'graphql';
import type { KindName } from '../../model/kinds.ts';
import type { FactType } from '../../model/relations.ts';
import { FACT_LIST_KEY_LENGTH, type FactFilter, type FactListPlan } from '../../queries/compile/fact-list.ts';
import { requireInRange } from '../arguments.ts';
import { badUserInput } from '../errors/user-errors.ts';
import type { CursorList } from '../pagination/cursor.ts';
import { toWindow, type PageArgs } from '../pagination/page-args.ts';
import { subSelections } from './collect-fields.ts';
import { connectionSelection, factPlan } from './entity-plan.ts';

/** The root `facts` list is ordered by relationship type, subject id, object id: its cursors hold the three. */
export const factListCursors: CursorList = { name: 'facts', keyLength: FACT_LIST_KEY_LENGTH };

/** The most citations a count bound may name; no fact comes near it. */
export const MAX_CITATION_COUNT = 1000;

export interface FactFilterInput {
  readonly relationships?: readonly FactType[] | null;
  readonly citations?: readonly string[] | null;
  readonly minCitations?: number | null;
  readonly maxCitations?: number | null;
  readonly subjectKinds?: readonly KindName[] | null;
}

export interface FactListArgs extends PageArgs {
  readonly filter?: FactFilterInput | null;
}

/**
 * The plan of `facts(filter, ...)`: its checked arguments (a bad one is a BAD_USER_INPUT
 * naming it) and what its edges' facts select, ends of any kind.
 */
export function factListPlan(info: GraphQLResolveInfo, args: FactListArgs): FactListPlan {
  const window = toWindow(args, factListCursors);
  const filter = factFilter(args.filter ?? {});
  const { nodeSets, withTotal } = connectionSelection(info, subSelections(info.fieldNodes), 'FactConnection');
  return { filter, window, withTotal, items: factPlan(info, nodeSets, 'Fact', undefined, undefined) };
}

function factFilter(input: FactFilterInput): FactFilter {
  const count = (name: 'minCitations' | 'maxCitations') => {
    const value = input[name];
    return value == null ? undefined : requireInRange(`filter.${name}`, value, 0, MAX_CITATION_COUNT);
  };
  const [minCitations, maxCitations] = [count('minCitations'), count('maxCitations')];
  if (minCitations !== undefined && maxCitations !== undefined && maxCitations < minCitations) {
    throw badUserInput(`\`filter.maxCitations\` (${maxCitations}) is below \`filter.minCitations\` (${minCitations}): no fact could match`, {
      argument: 'filter.maxCitations',
    });
  }
  const list = <T>(values: readonly T[] | null | undefined) => (values?.length ? [...new Set(values)] : undefined);
  return {
    ...(list(input.relationships) ? { relationships: list(input.relationships) } : {}),
    // Citation ids are the seed's lower-case slugs: `ACS-Targeted-Therapy` means that citation.
    ...(list(input.citations) ? { citations: list(input.citations?.map((id) => id.toLowerCase())) } : {}),
    ...(minCitations !== undefined ? { minCitations } : {}),
    ...(maxCitations !== undefined ? { maxCitations } : {}),
    ...(list(input.subjectKinds) ? { subjectKinds: list(input.subjectKinds) } : {}),
  };
}
