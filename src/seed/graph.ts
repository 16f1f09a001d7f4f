/**
 * The normalized in-memory form of a seed: exactly the nodes and relationships the loader
 * writes, without YAML's nesting. Built from a validated seed (or by the synthetic
 * generator, through the same function), and read by the loader, the audit and the export.
 *
 * In the graph, a node has the labels `Entity` and `label`, and its `properties` (which
 * include `id`); a relationship of `type` goes from the node with id `from` to the node with
 * id `to` and has its `properties`. The loader adds `seedHash` to both.
 */
import { KIND_LIST, type KindName, type RelationshipField, type RelationshipType } from '../model/kinds.ts';
import type { Entry, ValidSeed } from './validate.ts';

/** What Neo4j stores as a property and the seed produces: text, numbers, lists of text. */
export type PropertyValue = string | number | boolean | readonly string[];
export type Properties = Record<string, PropertyValue>;

export interface SeedNode {
  id: string;
  label: KindName;
  /**
   * `id`, every attribute the entry has (kinds.ts), and for entities `citations`: the ids of
   * the citations supporting the entity's attributes.
   */
  properties: Properties;
}

export interface SeedRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  /**
   * Facts: `citations` (citation ids, at least one). SUPPORTED_BY: `section` and, when
   * given, `excerpt`. ABOUT: none.
   */
  properties: Properties;
}

export interface SeedGraph {
  /** Content hash of the seed; the loader stamps it on everything it writes. */
  hash: string;
  /** Where the seed came from: its folder, or `synthetic (...)`. */
  origin: string;
  /** The seed's release version, when it names one (graph-seed/RELEASE). */
  release?: string;
  nodes: SeedNode[];
  relationships: SeedRelationship[];
}

export function buildSeedGraph(seed: ValidSeed): SeedGraph {
  const nodes: SeedNode[] = [];
  const relationships: SeedRelationship[] = [];
  for (const kind of KIND_LIST) {
    for (const entry of seed.entries[kind.name]) {
      nodes.push({ id: entry.id, label: kind.label, properties: nodeProperties(entry, [...Object.keys(kind.attributes), 'citations']) });
      for (const r of kind.relationships) {
        const value = entry[r.field];
        const items = r.single ? (value === undefined ? [] : [value]) : ((value as unknown[] | undefined) ?? []);
        for (const item of items) relationships.push(relationshipOf(r.form, r.type, entry.id, item));
      }
    }
  }
  return { hash: seed.hash, origin: seed.origin, release: seed.release, nodes, relationships };
}

function nodeProperties(entry: Entry, fields: string[]): Properties {
  const properties: Properties = { id: entry.id };
  for (const field of fields) {
    const value = entry[field];
    if (value !== undefined) properties[field] = value as PropertyValue;
  }
  return properties;
}

function relationshipOf(form: RelationshipField['form'], type: RelationshipType, from: string, item: unknown): SeedRelationship {
  switch (form) {
    case 'fact': {
      const { to, citations } = item as { to: string; citations: string[] };
      return { type, from, to, properties: { citations } };
    }
    case 'about':
      return { type, from, to: item as string, properties: {} };
    case 'support': {
      const { citation, section, excerpt } = item as { citation: string; section: string; excerpt?: string };
      return { type, from, to: citation, properties: excerpt === undefined ? { section } : { section, excerpt } };
    }
  }
}
