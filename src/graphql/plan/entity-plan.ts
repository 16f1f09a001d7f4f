import { getArgumentValues, isObjectType, type FieldNode, type SelectionSetNode } from 'graphql';
import { apiRelationshipFields, type ApiRelationshipField } from '../../model/api-fields.ts';
import { KIND_NAMES, KINDS, type KindName } from '../../model/kinds.ts';
import { displayProperty } from '../../model/records.ts';
import { reverse } from '../../model/relations.ts';
import { citingFactsList } from '../../queries/compile/citing-facts.ts';
import type { CitationsPlan, CitingFactsPlan, EntityPlan, FactPlan, FieldPlan, KindSelection, ListPlan } from '../../queries/compile/read-plan.ts';
import { toWindow } from '../pagination/page-args.ts';
import { listRequest, type ListArgs } from '../pagination/list-request.ts';
import { citedByList } from './cited-by-plan.ts';
import { collectFields, subSelections, type RequestDocument } from './collect-fields.ts';

/**
 * The plan of an entity position whose GraphQL type is `typeName`: a kind, or `Node` (any
 * kind: each kind reads what the fragments on it select).
 */
export function entityPlan(doc: RequestDocument, sets: readonly (SelectionSetNode | undefined)[], typeName: string): EntityPlan {
  const kinds = KIND_NAMES.includes(typeName as KindName) ? [typeName as KindName] : [...KIND_NAMES];
  return { byKind: new Map(kinds.map((kind) => [kind, kindSelection(doc, sets, kind)])) };
}

function kindSelection(doc: RequestDocument, sets: readonly (SelectionSetNode | undefined)[], kind: KindName): KindSelection {
  const attributes = KINDS[kind].attributes as Record<string, unknown>;
  const properties = new Set(['id']);
  const fields: FieldPlan[] = [];
  for (const [key, nodes] of collectFields(doc, sets, kind)) {
    const name = nodes[0]!.name.value;
    if (name in attributes) properties.add(name);
    else if (name === 'displayName') properties.add(displayProperty(kind));
    else if (name === 'citations' && KINDS[kind].cited) fields.push(citationsPlan(doc, key, nodes));
    else if (name === 'supportStatus' && kind === 'Claim') fields.push({ type: 'supportStatus', key });
    else if (name === 'citedBy' && kind === 'Citation') {
      const list = citedByList(doc, nodes);
      if (list) fields.push({ type: 'connection', key, list });
    } else if (name === 'supports' && kind === 'Citation') {
      const planned = citingFactsPlan(doc, key, nodes);
      if (planned) fields.push(planned);
    } else {
      const field = apiRelationshipFields[kind].find((f) => f.name === name);
      const planned = field && relationshipPlan(doc, kind, key, nodes, field);
      if (planned) fields.push(planned);
    }
  }
  return { properties, fields };
}

function citationsPlan(doc: RequestDocument, key: string, nodes: readonly FieldNode[]): CitationsPlan {
  return { type: 'citations', key, items: entityPlan(doc, subSelections(nodes), 'Citation') };
}

/** The two ends of a relationship field's facts: the parent and the far end, as the field walks it. */
function relationshipFactPlan(doc: RequestDocument, sets: readonly (SelectionSetNode | undefined)[], typeName: string, near: KindName, field: ApiRelationshipField): FactPlan {
  const [subject, object] = field.traversal.direction === 'out' ? [near, field.far] : [field.far, near];
  return factPlan(doc, sets, typeName, subject, object);
}

/**
 * What a fact position selects (`Fact`, or `ClaimSupport`, which names its object
 * `citation`): each end as the entity of its kind (any kind, `Node`, when not fixed), the
 * citations, and the relationship properties read (a claim's support: section and excerpt).
 */
export function factPlan(
  doc: RequestDocument,
  sets: readonly (SelectionSetNode | undefined)[],
  typeName: string,
  subjectKind: KindName | undefined,
  objectKind: KindName | undefined,
): FactPlan {
  const fields = collectFields(doc, sets, typeName);
  const names = new Set([...fields.values()].map((n) => n[0]!.name.value));
  const end = (name: string, kind: KindName | undefined) => (names.has(name) ? entityPlan(doc, fieldSelections(fields, name), kind ?? 'Node') : undefined);
  const object = typeName === 'ClaimSupport' ? end('citation', objectKind) : end('object', objectKind);
  const citations = [...fields].filter(([, n]) => n[0]!.name.value === 'citations').map(([key, n]) => citationsPlan(doc, key, n));
  const properties = [...names].filter((name) => name === 'section' || name === 'excerpt');
  const subject = end('subject', subjectKind);
  return { relationship: names.has('relationship'), ...(subject && { subject }), ...(object && { object }), citations, properties };
}

/** The selection sets of every field named `name` (whatever its alias) among collected fields: read once, merged. */
export function fieldSelections(fields: ReadonlyMap<string, readonly FieldNode[]>, name: string): (SelectionSetNode | undefined)[] {
  return [...fields.values()].flat().filter((n) => n.name.value === name).map((n) => n.selectionSet);
}

/** `Citation.supports`: undefined when its page arguments are invalid (its resolver reports it). */
function citingFactsPlan(doc: RequestDocument, key: string, nodes: readonly FieldNode[]): CitingFactsPlan | undefined {
  const { nodeSets, withTotal } = connectionSelection(doc, subSelections(nodes), 'FactConnection');
  let window;
  try {
    window = toWindow(argumentsOf(doc, 'Citation', nodes[0]!), citingFactsList);
  } catch {
    return undefined;
  }
  return { type: 'citingFacts', key, window, withTotal, items: factPlan(doc, nodeSets, 'Fact', undefined, undefined) };
}

/** The type a field returns, without lists and non-null: `Fact`, `DeliveryRoute`, `TherapyConnection`. */
function namedTypeOf(doc: RequestDocument, kind: KindName, name: string): string {
  const type = doc.schema.getType(kind);
  if (!isObjectType(type)) throw new Error(`${kind} is not an object type of the schema`);
  return String(type.getFields()[name]!.type).replace(/[[\]!]/g, '');
}

export function argumentsOf(doc: RequestDocument, typeName: string, node: FieldNode): Record<string, unknown> {
  const type = doc.schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type of the schema`);
  return getArgumentValues(type.getFields()[node.name.value]!, node, doc.variableValues);
}

function relationshipPlan(doc: RequestDocument, kind: KindName, key: string, nodes: readonly FieldNode[], field: ApiRelationshipField): FieldPlan | undefined {
  const typeName = namedTypeOf(doc, kind, field.name);
  const sets = subSelections(nodes);
  if (field.shape !== 'connection') {
    const items = field.reads === 'facts' ? relationshipFactPlan(doc, sets, typeName, kind, field) : entityPlan(doc, sets, typeName);
    return { type: 'related', key, field, items };
  }
  const args = argumentsOf(doc, kind, nodes[0]!) as ListArgs & { includeSubtypes?: boolean };
  const list = connectionList(doc, sets, typeName, field.far!, args, {
    via: reverse(field.traversal, args.includeSubtypes ?? false),
    fact: field.reads === 'facts' ? { near: kind, field } : undefined,
  });
  // Arguments the field rejects are not planned: its resolver reports the error at its own path.
  return list && { type: 'connection', key, list };
}

/**
 * The list plan of a connection field: its checked arguments and what its edges' nodes
 * select; undefined when the arguments are invalid (the field's resolver reports it).
 */
export function connectionList(
  doc: RequestDocument,
  sets: readonly (SelectionSetNode | undefined)[],
  connectionType: string,
  kind: KindName,
  args: ListArgs,
  options: { via?: ListPlan['via']; fact?: { near: KindName; field: ApiRelationshipField } },
): ListPlan | undefined {
  const page = connectionSelection(doc, sets, connectionType);
  let request;
  try {
    request = listRequest(kind, args, page.withTotal, { ...(options.via ? { via: options.via } : {}), facts: options.fact !== undefined });
  } catch {
    return undefined;
  }
  const items = options.fact
    ? relationshipFactPlan(doc, page.nodeSets, 'Fact', options.fact.near, options.fact.field)
    : entityPlan(doc, page.nodeSets, kind);
  const { label, filter, sort, window, via } = request.request;
  return { kind: label, filter: filter ?? null, sort, window, withTotal: page.withTotal, ...(via ? { via } : {}), items };
}

/** What a connection's selection reads: the selection sets of its edges' nodes, and whether it counts. */
export function connectionSelection(
  doc: RequestDocument,
  sets: readonly (SelectionSetNode | undefined)[],
  connectionType: string,
): { nodeSets: (SelectionSetNode | undefined)[]; withTotal: boolean } {
  const connection = collectFields(doc, sets, connectionType);
  const edgeType = connectionType.replace(/Connection$/, 'Edge');
  const nodeSets = fieldSelections(connection, 'edges').flatMap((edges) => fieldSelections(collectFields(doc, [edges], edgeType), 'node'));
  const withTotal = [...connection.values()].some((n) => n[0]!.name.value === 'totalCount');
  return { nodeSets, withTotal };
}
