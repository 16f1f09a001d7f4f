import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_LIST } from '../../src/model/kinds.ts';
import { factTypes } from '../../src/model/relations.ts';
import { FACT_TYPES } from './fact-types.ts';

const sorted = (types: Iterable<string>) => [...new Set(types)].sort();
const typeDefs = readFileSync(new URL('../neo4j-graphql/type-defs.graphql', import.meta.url), 'utf8');

/**
 * The floor and @neo4j/graphql walk the facts by a list written out by hand: when a kind
 * brings new relationships (Indication did), the three answers of the neighborhood and the
 * provenance stop agreeing. These tests name what to add.
 */
describe('the relationship types the hand-written contenders walk', () => {
  it('are the fact types of the model', () => {
    expect(sorted(FACT_TYPES.split('|'))).toEqual(sorted(factTypes));
  });

  it('are the types of every walk in the @cypher fields of the peer', () => {
    const walks = [...typeDefs.matchAll(/\[\w*:([A-Z_|]+)(?:\*[^\]]*)?\]/g)].map((m) => m[1]!);
    expect(walks.length).toBeGreaterThanOrEqual(3);
    for (const w of walks) expect(sorted(w.split('|'))).toEqual(sorted(factTypes));
  });

  it('each have a @relationship field in the peer, for every kind of our model', () => {
    const declared = sorted([...typeDefs.matchAll(/@relationship\(type: "([A-Z_]+)"/g)].map((m) => m[1]!));
    const modelled = sorted(KIND_LIST.flatMap((k) => k.relationships.map((r) => r.type)));
    expect(declared).toEqual(modelled);
    for (const k of KIND_LIST) expect(typeDefs).toMatch(new RegExp(`type ${k.name}\\s+@node`));
  });
});
