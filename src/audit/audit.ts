/**
 * The provenance audit of a whole graph: pure, over the SeedGraph form, so the CLI (on a
 * seed folder) and the API (on the graph read back from Neo4j) give the same findings.
 */
import type { SeedGraph } from '../seed/graph.ts';
import { boxedWarningsWithoutLabel } from './checks/boxed-warnings-without-label.ts';
import { claimsAboutMissingEntities } from './checks/claims-about-missing.ts';
import { duplicateCitations } from './checks/duplicate-citations.ts';
import { incompleteCitations } from './checks/incomplete-citations.ts';
import { uncitedClaims, uncitedEntities, uncitedFacts } from './checks/uncited.ts';
import { unusedCitations } from './checks/unused-citations.ts';
import { weaklySupportedClaims } from './checks/weakly-supported-claims.ts';
import { FINDING_NAMES, type Finding, type FindingName } from './findings.ts';
import { viewOf, type GraphView } from './graph-view.ts';

export interface AuditReport {
  /** The content hash of the seed the graph was built from ('' when not known). */
  seedHash: string;
  nodeCount: number;
  relationshipCount: number;
  /** Every finding asked for (all by default), in FINDING_NAMES order, including those with a count of 0. */
  findings: Finding[];
  /** True when no blocking finding (of those asked for) occurs: every statement is traced to a citation. */
  passed: boolean;
}

const CHECKS: Readonly<Record<FindingName, (view: GraphView) => Finding>> = {
  UNCITED_ENTITIES: uncitedEntities,
  UNCITED_FACTS: uncitedFacts,
  UNCITED_CLAIMS: uncitedClaims,
  CLAIMS_ABOUT_MISSING_ENTITIES: claimsAboutMissingEntities,
  UNUSED_CITATIONS: unusedCitations,
  DUPLICATE_CITATIONS: duplicateCitations,
  INCOMPLETE_CITATIONS: incompleteCitations,
  WEAKLY_SUPPORTED_CLAIMS: weaklySupportedClaims,
  BOXED_WARNINGS_WITHOUT_LABEL: boxedWarningsWithoutLabel,
};

/** `only`: run just these checks (the CLI's `--only`); all of them when absent or empty. */
export function auditGraph(graph: SeedGraph, only: readonly FindingName[] = []): AuditReport {
  const view = viewOf(graph);
  const findings = FINDING_NAMES.filter((name) => only.length === 0 || only.includes(name)).map((name) => CHECKS[name](view));
  return {
    seedHash: graph.hash,
    nodeCount: graph.nodes.length,
    relationshipCount: graph.relationships.length,
    findings,
    passed: findings.every((f) => !f.blocking || f.count === 0),
  };
}
