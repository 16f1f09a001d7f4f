/**
 * What an export holds, the same in every format: nodes (every Entity: the knowledge,
 * citations and claims) and the relationships between them, with the citation ids a fact
 * carries on its edge. Columns and GraphML keys come from the kinds registry, so they are
 * known before the first row is read and a new attribute is exported without a change here.
 */
import type { PropertyValue } from '../seed/graph.ts';
import { KIND_LIST, type KindName, type RelationshipType } from '../model/kinds.ts';

export interface ExportNode {
  id: string;
  /** The node's kind (its Neo4j label besides Entity). */
  nodeType: KindName;
  /** What a graph tool shows on the node: the name, a citation's title or a claim's text. */
  label: string;
  /** The stored attributes, by name (NODE_PROPERTIES); absent ones are left out. */
  properties: Record<string, PropertyValue>;
}

export interface ExportEdge {
  source: string;
  target: string;
  relationship: RelationshipType;
  /** `citations` on facts; `section` and `excerpt` on SUPPORTED_BY (see src/seed/graph.ts). */
  properties: Record<string, PropertyValue>;
}

/** Every attribute of every kind, each once, in registry order, then `citations`. */
export const NODE_PROPERTIES: readonly string[] = [...new Set([...KIND_LIST.flatMap((k) => Object.keys(k.attributes)), 'citations'])];

/** What relationships carry besides their type. */
export const EDGE_PROPERTIES: readonly string[] = ['citations', 'section', 'excerpt'];

/** Attributes that hold lists: flat formats (CSV, GraphML) join their items with LIST_SEPARATOR. */
export const LIST_SEPARATOR = '|';

/** A property as one string for the flat formats; undefined when absent. */
export function flatValue(value: PropertyValue | undefined): string | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
}
