/**
 * How lists can be ordered: the sort fields of the API (`sort: { field, direction }`), the
 * property each reads, the fields each kind's lists take, and each kind's default. The
 * item's id always follows as the tie-breaker, so the order is total and stable across
 * pages. The Cypher is in src/queries; the indexes in src/seed/graph-schema.ts.
 */
import { KINDS, KIND_NAMES, type KindName } from './kinds.ts';

export interface SortFieldSpec {
  readonly property: string;
  /** Text sorts ignore case. */
  readonly ignoreCase: boolean;
  /** Sorts missing values as this (undated citations first, ascending). */
  readonly missingAs?: string;
  /**
   * The property the loader writes with the sort key's value (the lower-cased text) on every
   * node that has `property`, so that a range index holds the order: Neo4j cannot read the
   * order of `toLower(n.name)` from an index, only of a stored property. Bookkeeping, not
   * data: the export leaves it out, the audit and the API never read it as an attribute.
   */
  readonly storedKey?: string;
}

export const sortFields = {
  NAME: { property: 'name', ignoreCase: true, storedKey: 'nameSortKey' },
  ID: { property: 'id', ignoreCase: false },
  KIND: { property: 'kind', ignoreCase: false },
  TITLE: { property: 'title', ignoreCase: true, storedKey: 'titleSortKey' },
  DATE: { property: 'date', ignoreCase: false, missingAs: '' },
} as const satisfies Record<string, SortFieldSpec>;
export type SortField = keyof typeof sortFields;

export type Direction = 'ASC' | 'DESC';

export interface Sort {
  readonly field: SortField;
  readonly direction: Direction;
}

/** The sort fields each kind's lists take (its `<Kind>SortField` enum; the SDL drift test checks). */
export function kindSortFields(kind: KindName): readonly SortField[] {
  if (kind === 'Citation') return ['TITLE', 'DATE', 'ID'];
  if (kind === 'Claim') return ['ID', 'KIND'];
  if (kind === 'Therapy') return ['NAME', 'ID', 'KIND'];
  return ['NAME', 'ID'];
}

/** The order of a list when the request names none. */
export function defaultSort(kind: KindName): Sort {
  const field: SortField = kind === 'Citation' ? 'TITLE' : kind === 'Claim' ? 'ID' : 'NAME';
  return { field, direction: 'ASC' };
}

/**
 * The stored property whose range index on `kind`'s label gives a list of `kind` sorted by
 * `field` in order, or undefined: the id, a required property, or the stored key of one.
 * Not a sort with `missingAs` (a coalesce, and nodes without the value are in the list).
 * Every node of the kind has the property, so `IS NOT NULL` on it (which Neo4j needs before
 * it reads an order from an index) leaves the list as it is.
 */
export function indexedSortProperty(kind: KindName, field: SortField): string | undefined {
  const spec: SortFieldSpec = sortFields[field];
  if (spec.missingAs !== undefined) return undefined;
  if (spec.property === 'id') return 'id';
  const attribute = (KINDS[kind].attributes as Readonly<Record<string, { optional: boolean }>>)[spec.property];
  if (!attribute || attribute.optional) return undefined;
  return spec.storedKey ?? spec.property;
}

/**
 * `[label, properties]`: the range indexes that give each kind's sorted lists their order,
 * the sort property then the id (the tie-breaker), so the index holds the whole order. With
 * the sort property alone, Neo4j 5.26 reads it in order and sorts each run of equal values
 * by id (PartialTop), which reads a whole run: `therapies(first: 5, sort: {field: KIND})` on
 * the shipped graph read 71 of its 91 therapies (the small molecules) for 5.
 */
export const SORT_INDEXES: readonly (readonly [KindName, readonly string[]])[] = KIND_NAMES.flatMap((kind) =>
  kindSortFields(kind).flatMap((field) => {
    const property = indexedSortProperty(kind, field);
    return property ? [[kind, property === 'id' ? ['id'] : [property, 'id']] as const] : [];
  }),
);

/** `[property, from]`: the sort keys the loader stores on a node of `kind`, each the lower-cased `from`. */
export function storedSortKeys(kind: KindName): readonly (readonly [string, string])[] {
  return kindSortFields(kind).flatMap((field) => {
    const spec: SortFieldSpec = sortFields[field];
    return spec.storedKey ? [[spec.storedKey, spec.property] as const] : [];
  });
}

/** Every stored sort key's property name: bookkeeping the export leaves out. */
export const STORED_SORT_KEYS: readonly string[] = [
  ...new Set(Object.values(sortFields as Record<string, SortFieldSpec>).flatMap((s) => (s.storedKey ? [s.storedKey] : []))),
];
