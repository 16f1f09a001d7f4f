import type { FieldNode } from 'graphql';
import { ENTITY_LABEL } from '../../model/kinds.ts';
import type { ListPlan } from '../../queries/compile/read-plan.ts';
import type { CursorList } from '../pagination/cursor.ts';
import { toWindow, type PageArgs } from '../pagination/page-args.ts';
import { subSelections, type RequestDocument } from './collect-fields.ts';
import { argumentsOf, connectionSelection, entityPlan } from './entity-plan.ts';

/** Citation.citedBy is ordered by name, then id: its cursors hold both. */
export const citedByCursors: CursorList = { name: 'Citation.citedBy', keyLength: 2 };

/**
 * The list plan of `Citation.citedBy` (the entities whose own attributes cite the citation),
 * read in the citation's statement; undefined when its page arguments are invalid (the
 * field's resolver reports the error at its own path).
 */
export function citedByList(doc: RequestDocument, nodes: readonly FieldNode[]): ListPlan | undefined {
  const { nodeSets, withTotal } = connectionSelection(doc, subSelections(nodes), 'NodeConnection');
  let window;
  try {
    window = toWindow(argumentsOf(doc, 'Citation', nodes[0]!) as PageArgs, citedByCursors);
  } catch {
    return undefined;
  }
  return {
    kind: ENTITY_LABEL,
    filter: null,
    sort: { field: 'NAME', direction: 'ASC' },
    window,
    withTotal,
    citing: true,
    items: entityPlan(doc, nodeSets, 'Node'),
  };
}
