import Cypher from '@neo4j/cypher-builder';
import { listParam } from '../compile/list-param.ts';
import type { KindName as EntityLabel } from '../../model/kinds.ts';
import { anyOf } from '../compile/patterns.ts';
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

/** The relationship types a walk follows: `A|B|C`, from the model's constants only. */
export function walkTypes(f: WalkFilter): Cypher.LabelExpr {
  return anyOf(f.relationships);
}

/** Whether node `x` may be reached or passed through: of an allowed kind, not excluded. */
export function allowedNode(x: Cypher.Node, f: WalkFilter): Cypher.Predicate {
  const label = new Cypher.Variable();
  return Cypher.and(
    Cypher.any(label, Cypher.labels(x), Cypher.in(label, listParam('labels', f.labels))),
    Cypher.not(Cypher.in(x.property('id'), listParam('exclude', f.exclude))),
  )!;
}
