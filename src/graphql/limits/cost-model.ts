import type { GraphQLCompositeType, GraphQLField } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity/cjs';
import { apiRelationshipFields } from '../../model/api-fields.ts';
import type { KindName } from '../../model/kinds.ts';
import { MAX_PATH_HOPS } from '../../queries/graph/paths.ts';
import { isFuzzy, searchWords } from '../../queries/search/lucene-query.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/page-args.ts';
import { NEIGHBORHOOD_NODES, WALK_WORK, bound, plainListBound, SHIPPED_MAXIMA } from './graph-bounds.ts';

/**
 * What a plain list the bounds table does not know is assumed to hold: the most facts any
 * node has, the largest plain list the graph can produce from one node.
 */
export const UNKNOWN_LIST_BOUND = bound(SHIPPED_MAXIMA.degree);

/**
 * What one search word costs, in rows of the same time: measured on the shipped graph (the
 * fastest of seven runs, 12 words, on the development machine), 12 words matched exactly and
 * as a prefix took 16–22 ms where a page of 50 therapies (cost 2,951) took 201 ms; 12 words
 * also matched with one typo took 241–258 ms at 8 to 20 letters (46 ms at 4). Lucene builds a
 * Levenshtein automaton per word and indexed field, which costs more than the rows it finds:
 * a fuzzy word is charged as reading 300 rows.
 */
export const SEARCH_WORD_COST = { plain: 25, fuzzy: 300 } as const;

/**
 * How many items a field returns, as the cost estimate assumes: a connection what `first` or
 * `last` ask (default page size when neither), a list with `limit` that many, `nodes(ids)` one per id, a plain list its bound (graph-bounds.ts), anything else
 * one. Sizes are capped at the page-size limit, so a too-large `first` is reported as such by
 * the field (BAD_USER_INPUT) rather than as a cost overrun.
 */
function listSize(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): number {
  const cap = (n: unknown) => Math.min(Math.max(typeof n === 'number' ? n : DEFAULT_PAGE_SIZE, 0), MAX_PAGE_SIZE);
  // The type read from its SDL form ("[Fact!]!") rather than with graphql's isListType and
  // friends: those use instanceof, which fails when the schema comes from another copy of
  // graphql (vitest loads graphql's ESM build for our code, Apollo its CommonJS build).
  const sdl = String(field.type);
  // A connection's edges are already counted by the connection field's page size.
  if (field.name === 'edges' && parent.name.endsWith('Connection')) return 1;
  if (sdl.replace(/[[\]!]/g, '').endsWith('Connection')) return cap(args.first ?? args.last);
  // `limit` of a single value (neighborhood) bounds its lists, not the value: see subtreeScale.
  if (!sdl.startsWith('[')) return 1;
  if (typeof args.limit === 'number') return cap(args.limit);
  if (Array.isArray(args.ids)) return cap(args.ids.length);
  const twinOf = apiRelationshipFields[parent.name as KindName]?.find((f) => f.name === field.name)?.twinOf;
  return plainListBound(parent.name, field.name, twinOf) ?? UNKNOWN_LIST_BOUND;
}

/** Values in the list arguments (filter lists, `ids`, `types`), inside input objects too: each is matched by the statement. */
function listValues(value: unknown): number {
  if (Array.isArray(value)) return value.length + value.reduce((n: number, v) => n + listValues(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + listValues(v), 0);
  return 0;
}

/** Lucene's work for a search: every word (SEARCH_WORD_COST), and every hit scored and counted. */
export function searchWork(query: string): number {
  const words = searchWords(query).reduce((n, w) => n + (isFuzzy(w) ? SEARCH_WORD_COST.fuzzy : SEARCH_WORD_COST.plain), 0);
  return words + WALK_WORK.nodes;
}

/** Work of a root field beyond the rows it returns (see WALK_WORK). */
function rootWork(field: string, args: Record<string, unknown>): number {
  switch (field) {
    case 'search':
      return typeof args.query === 'string' ? searchWork(args.query) : 0;
    case 'neighborhood':
      return WALK_WORK.neighborhood(Number(args.depth));
    case 'paths':
    case 'facets':
      return WALK_WORK.relationships;
    default:
      return 0;
  }
}

/**
 * A neighborhood's and a path's lists are bounded for the largest `limit` and `maxHops`
 * (graph-bounds.ts); a smaller argument scales the subtree down in proportion.
 */
function subtreeScale(field: string, args: Record<string, unknown>): number {
  if (field === 'neighborhood' && typeof args.limit === 'number') return Math.min(1, (args.limit + 1) / NEIGHBORHOOD_NODES);
  if (field === 'paths' && typeof args.maxHops === 'number') return Math.min(1, args.maxHops / MAX_PATH_HOPS);
  return 1;
}

export interface CostModelOptions {
  /** The audit's report of the current seed is cached (src/graphql/caching/audit-cache.ts): asking for it reads no graph. */
  auditCached?: boolean;
}

/**
 * The cost model: every field costs 1, plus a value per list-argument value, plus the work of
 * heavy root fields, plus its selection times the number of items it returns, so list sizes
 * multiply down the tree. The unit is a row (node, relationship or index term) that Neo4j
 * reads. Introspection is free.
 *
 * Two shapes are bounded as a whole rather than by the product of their lists: a node's fact
 * groups hold its facts between them (FactGroup.facts is charged once per provenance, at the
 * node's largest fact count), and the audit's report names each node or fact a bounded number
 * of times (charged at most as the graph, per alias; the graph's read once a request, and not
 * when the report is cached). One estimator per walk: it carries the facts of the
 * fact groups being estimated from the child field to its parent (the walk is depth first).
 */
export function costModel(options: CostModelOptions = {}): ComplexityEstimator {
  let factsOfGroups = 0;
  let graphRead = options.auditCached ?? false;
  return ({ type, field, args, childComplexity }) => {
    if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
    const own = 1 + listValues(args) + (type.name === 'Query' ? rootWork(field.name, args) : 0);
    const at = `${type.name}.${field.name}`;
    if (at === 'Query.audit') {
      // The graph is read once a request at most (its aliases share the read), and not at all
      // when the report is cached; each alias answers the report, bounded by the graph.
      const read = graphRead ? 0 : WALK_WORK.graph;
      graphRead = true;
      return own + read + Math.min(childComplexity, WALK_WORK.graph);
    }
    const size = listSize(type, field, args);
    if (at === 'FactGroup.facts') {
      const cost = own + size * childComplexity;
      factsOfGroups += cost;
      return cost;
    }
    if (at === 'Provenance.factGroups') {
      const facts = factsOfGroups;
      factsOfGroups = 0;
      return own + size * (childComplexity - facts) + facts;
    }
    return own + Math.ceil(size * childComplexity * (type.name === 'Query' ? subtreeScale(field.name, args) : 1));
  };
}
