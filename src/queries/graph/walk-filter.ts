import type { KindName as EntityLabel } from '../../model/kinds.ts';
import { factTypes, knowledgeKinds as knowledgeLabels, type FactType } from '../../model/relations.ts';

/**
 * Which part of the graph a walk (neighborhood, paths, export --from) may use: the fact
 * relationships it follows, the kinds of node it may reach or pass through, and nodes it
 * must avoid. Hubs such as the treatment type "targeted therapy" (every therapy IS_A it)
 * connect everything to everything in two steps; these let a caller walk around them.
 */
export interface WalkFilter {
  /** Relationship types walked (in either direction). */
  readonly relationships: readonly FactType[];
  /** Kinds a walk may reach or pass through (the start and, for paths, the end are exempt). */
  readonly labels: readonly EntityLabel[];
  /** Ids a walk never reaches or passes through (seed ids: lower-case slugs). */
  readonly exclude: readonly string[];
}

export interface WalkFilterInput {
  readonly relationships?: readonly string[] | null;
  readonly types?: readonly string[] | null;
  readonly exclude?: readonly string[] | null;
}

/**
 * The kinds a path passes through unless asked otherwise: the clinical content (therapies,
 * cancer types and their subtype tree, biomarkers). The vocabulary kinds (treatment types,
 * routes, schedules, mechanisms, precautions, goals) hold a handful of nodes that nearly
 * every therapy links to, so a shortest path through them (osimertinib IS_A targeted therapy
 * USED_FOR lung cancer) says nothing; pass `types` to allow them.
 */
export const PATH_THROUGH_LABELS: readonly EntityLabel[] = ['Therapy', 'CancerType', 'Biomarker'];

/** The filter for a request: empty or absent fields mean every fact type, the default kinds, nothing excluded. */
export function walkFilter(input: WalkFilterInput, defaultLabels: readonly EntityLabel[] = knowledgeLabels): WalkFilter {
  const asked = input.relationships?.length ? new Set(input.relationships) : undefined;
  if (asked && !factTypes.some((t) => asked.has(t))) throw new RangeError(`no fact relationship among ${[...asked].join(', ')}`);
  const labels = input.types?.length ? knowledgeLabels.filter((l) => input.types!.includes(l)) : defaultLabels;
  return {
    // Only known types survive, in the model's order: they are written into the Cypher text.
    relationships: asked ? factTypes.filter((t) => asked.has(t)) : factTypes,
    labels,
    exclude: [...new Set((input.exclude ?? []).map((id) => id.toLowerCase()))],
  };
}

/** `A|B|C`: the relationship types of a pattern, from the model's constants only. */
export function relationshipTypes(f: WalkFilter): string {
  return f.relationships.join('|');
}

/** Whether node `x` may be reached or passed through (reads $walkLabels and $walkExclude). */
export function allowedNode(x: string): string {
  return `(any(label IN labels(${x}) WHERE label IN $walkLabels) AND NOT ${x}.id IN $walkExclude)`;
}

export function walkParams(f: WalkFilter): Record<string, unknown> {
  return { walkLabels: f.labels, walkExclude: f.exclude };
}
