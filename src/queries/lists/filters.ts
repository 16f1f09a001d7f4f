import { filterFields, filterValue, type FilterSpec } from '../../model/filters.ts';
import type { KindName } from '../../model/kinds.ts';
import { REL } from '../../model/kinds.ts';
import { rollsUp } from '../../model/relations.ts';
import { claimSupportStatus } from '../provenance/claim-support-status.ts';
import { subtreeRows, traversalPattern } from '../patterns.ts';

/**
 * The Cypher of one filter field (src/model/filters.ts): a predicate over the list item
 * `n` reading the value from a parameter, or, for a roll-up into cancer types, a lead: clauses
 * run before the list's own MATCH that bind the candidate items from the subtree of the types
 * named (as an `EXISTS` test of every item it walked up the tree from each one, millions of
 * steps on a large graph). Only the fields of the model are read from the input; every
 * value is a parameter.
 */
interface FilterCypher {
  predicate?(param: string): string;
  lead?(param: string): string;
}

function filterCypher(spec: FilterSpec): FilterCypher {
  switch (spec.type) {
    case 'ids':
      return { predicate: (p) => `n.id IN $${p}` };
    case 'contains':
      return {
        predicate: (p) =>
          spec.orAnyOf
            ? `(toLower(n.${spec.property}) CONTAINS $${p} OR any(v IN coalesce(n.${spec.orAnyOf}, []) WHERE toLower(v) CONTAINS $${p}))`
            : `toLower(n.${spec.property}) CONTAINS $${p}`,
      };
    case 'in':
      return { predicate: (p) => `n.${spec.property} IN $${p}` };
    case 'related': {
      const node = (p: string) => `${p}_node`;
      const pattern = (p: string) => traversalPattern({ ...spec.traversal, rollUp: false }, 'n', '', node(p)).pattern;
      if (rollsUp(spec.traversal)) return { lead: (p) => `${subtreeRows(`$${p}`, node(p))}\n  MATCH ${pattern(p)}` };
      return { predicate: (p) => `EXISTS { MATCH ${pattern(p)} WHERE ${node(p)}.id IN $${p} }` };
    }
    case 'relatedThrough':
      return {
        predicate: (p) => {
          const first = traversalPattern(spec.first, 'n', '', 'mid').pattern;
          const then = traversalPattern(spec.then, 'mid', '', 'x').pattern;
          return `EXISTS { MATCH ${first}, ${then} WHERE x.id IN $${p} }`;
        },
      };
    case 'subtypeOf':
      return { predicate: (p) => `EXISTS { MATCH (n)-[:${REL.SUBTYPE_OF}*1..]->(x:CancerType) WHERE x.id IN $${p} }` };
    case 'topLevel':
      return { predicate: (p) => `(NOT EXISTS { (n)-[:${REL.SUBTYPE_OF}]->() }) = $${p}` };
    case 'supportStatus':
      return { predicate: (p) => `${claimSupportStatus} IN $${p}` };
  }
}


/**
 * The Cypher of a filter input on a list of `label`: clauses to run before the list's own
 * MATCH (`leads`; they may bind an item several times, so callers keep distinct items) and
 * predicates over the item `n`, with their parameters.
 */
export function filterClauses(
  label: KindName,
  input: Readonly<Record<string, unknown>> | null | undefined,
): { leads: string[]; where: string[]; params: Record<string, unknown> } {
  const leads: string[] = [];
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(filterFields[label])) {
    const value = filterValue(spec, input?.[field]);
    if (value === undefined) continue;
    const param = `filter_${field}`;
    const cypher = filterCypher(spec);
    if (cypher.lead) leads.push(cypher.lead(param));
    if (cypher.predicate) where.push(cypher.predicate(param));
    params[param] = value;
  }
  return { leads, where, params };
}
