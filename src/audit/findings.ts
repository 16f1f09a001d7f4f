/**
 * The audit's findings, named and defined in one place. The `audit` CLI command and the
 * API's `audit` field both run src/audit/audit.ts and report these names (the GraphQL enum
 * AuditFindingName has exactly these values), so the two cannot drift apart.
 */
export const FINDING_NAMES = [
  'UNCITED_ENTITIES',
  'UNCITED_FACTS',
  'UNCITED_CLAIMS',
  'CLAIMS_ABOUT_MISSING_ENTITIES',
  'UNUSED_CITATIONS',
  'DUPLICATE_CITATIONS',
  'INCOMPLETE_CITATIONS',
  'WEAKLY_SUPPORTED_CLAIMS',
  'BOXED_WARNINGS_WITHOUT_LABEL',
] as const;
export type FindingName = (typeof FINDING_NAMES)[number];

export interface FindingDefinition {
  /** What the finding means, said once for the CLI, the API's schema docs and the README. */
  description: string;
  /**
   * A blocking finding breaks the rule that every statement is traced to a citation (or
   * points at something that is not there); the CLI exits non-zero when one occurs.
   * The others are for a reviewer to look at.
   */
  blocking: boolean;
}

export const FINDINGS: Readonly<Record<FindingName, FindingDefinition>> = {
  UNCITED_ENTITIES: {
    description: 'Entities (other than citations and claims) whose attributes cite no existing citation.',
    blocking: true,
  },
  UNCITED_FACTS: {
    description: 'Facts (relationships between entities) that cite no existing citation.',
    blocking: true,
  },
  UNCITED_CLAIMS: {
    description: 'Claims not supported by any existing citation.',
    blocking: true,
  },
  CLAIMS_ABOUT_MISSING_ENTITIES: {
    description:
      'Claims about an entity the graph does not have, or about no entity at all (in Neo4j, deleting an entity also deletes the ABOUT relationships to it).',
    blocking: true,
  },
  UNUSED_CITATIONS: {
    description: 'Citations that support nothing: no entity, fact or claim cites them.',
    blocking: false,
  },
  DUPLICATE_CITATIONS: {
    description:
      'Likely duplicate citations: the same kind and title (ignoring case, spacing and final punctuation), or the same url (ignoring a final slash and the case of scheme and host).',
    blocking: false,
  },
  INCOMPLETE_CITATIONS: {
    description:
      'Citations a reader could not find from what is recorded: a web page or fact sheet without a url or publisher, or without a date or access date; a journal article without a DOI or journal, or a date; a book chapter without its book, publisher or date. A drug label is identified by its exact title.',
    blocking: false,
  },
  WEAKLY_SUPPORTED_CLAIMS: {
    description: 'Claims supported only by citations whose status is unavailable, superseded or retracted.',
    blocking: false,
  },
  BOXED_WARNINGS_WITHOUT_LABEL: {
    description:
      'Boxed warnings, and facts linking a therapy to one, that cite no existing drug label: a boxed warning is a statement of a US prescribing information, which nothing else establishes.',
    blocking: true,
  },
};

/** One place a finding occurs: the ids involved, and what is wrong there. */
export interface Occurrence {
  /** The subject first (the entity, claim or citation the occurrence is about), then the others involved. */
  ids: string[];
  note: string;
}

export interface Finding extends FindingDefinition {
  name: FindingName;
  count: number;
  /** Every id involved in any occurrence, sorted, each once. */
  ids: string[];
  /** Sorted by their ids, so that two audits of the same graph print the same report. */
  occurrences: Occurrence[];
}

export function finding(name: FindingName, occurrences: Occurrence[]): Finding {
  const keyed = occurrences.map((o) => ({ o, key: `${o.ids.join('\0')}\u0001${o.note}` }));
  const sorted = keyed.sort((a, b) => compareText(a.key, b.key)).map(({ o }) => o);
  return {
    name,
    ...FINDINGS[name],
    count: sorted.length,
    ids: [...new Set(sorted.flatMap((o) => o.ids))].sort(compareText),
    occurrences: sorted,
  };
}

/** Code-point order, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
