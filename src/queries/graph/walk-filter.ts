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

/**
 * The test of whether a node, the end of a fact relationship (or an entity citing a
 * citation), may be reached or passed through: of an allowed kind, not excluded; undefined
 * where the filter lets every such node through. Only the entity kinds (knowledgeLabels) are
 * ends of facts or cite anything, so with every kind allowed the label test is true of every
 * node it sees, and `NOT x.id IN []` of every node: each costs a db hit per node walked
 * (PROFILE, leukemia at depth 2 on the shipped graph: 152 of 2,172; imatinib → breast-cancer:
 * 27 of 76). The parameters are made once, so the tests of one statement share them.
 */
export function allowedNodes(f: WalkFilter): (x: Cypher.Node) => Cypher.Predicate | undefined {
  const everyKind = knowledgeLabels.every((l) => f.labels.includes(l));
  const labels = everyKind ? undefined : listParam('labels', f.labels);
  const exclude = f.exclude.length ? listParam('exclude', f.exclude) : undefined;
  return (x) => {
    const label = new Cypher.Variable();
    return Cypher.and(
      labels && Cypher.any(label, Cypher.labels(x), Cypher.in(label, labels)),
      exclude && Cypher.not(Cypher.in(x.property('id'), exclude)),
    );
  };
}
