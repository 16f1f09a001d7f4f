import { buildASTSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { rootFields } from '../../src/model/api-fields.ts';
import { filterFields } from '../../src/model/filters.ts';
import { KIND_NAMES } from '../../src/model/kinds.ts';
import { rollsUp } from '../../src/model/relations.ts';
import { loadTypeDefs } from '../../src/graphql/schema.ts';
import { compileOperation } from './compile-operation.ts';

/** The Cypher of every filter field of every kind (snapshots in __snapshots__), each alone on its root list. */
const schema = buildASTSchema(loadTypeDefs());

/** A GraphQL literal of the input field's type: an id list, an enum list, a text or a flag. */
function sampleValue(type: GraphQLInputType): string {
  const inner = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(inner);
  const one = isEnumType(named) ? named.getValues()[0]!.name : named.name === 'Boolean' ? 'true' : '"sample"';
  return isListType(inner) ? `[${one}]` : one;
}

const cases = KIND_NAMES.flatMap((kind) => {
  const input = schema.getType(`${kind}Filter`);
  if (!isInputObjectType(input)) throw new Error(`${kind}Filter is not an input type`);
  return Object.keys(filterFields[kind]).map((field) => [
    `${kind}.${field}`,
    `{ ${rootFields[kind].list}(filter: { ${field}: ${sampleValue(input.getFields()[field]!.type)} }) { edges { node { id } } } }`,
  ]);
});

describe('compiled filters', () => {
  it.each(cases)('%s', (_name, query) => {
    const { cypher, params } = Object.values(compileOperation(query!))[0]!;
    expect(cypher).not.toContain('sample'); // the value is a parameter
    expect(Object.values(params)).toContainEqual(expect.anything());
    expect({ cypher, params }).toMatchSnapshot();
  });

  it('keeps one text per set of the fields that lead the plan: every pair of TherapyFilter fields gives 4 texts, and one per join', () => {
    const input = schema.getType('TherapyFilter');
    if (!isInputObjectType(input)) throw new Error('TherapyFilter is not an input type');
    const fields = Object.keys(filterFields.Therapy);
    const value = (f: string) => `${f}: ${sampleValue(input.getFields()[f]!.type)}`;
    const inputs = ['', ...fields.map(value), ...fields.flatMap((a, i) => fields.slice(i + 1).map((b) => `${value(a)}, ${value(b)}`))];
    const texts = new Set(inputs.map((f) => compileOperation(`{ therapies(filter: { ${f} }) { edges { node { id } } } }`).therapies!.cypher));
    expect(inputs.length).toBe(1 + fields.length + (fields.length * (fields.length - 1)) / 2);
    // Without or with `cancerTypes` (a roll-up binds the items) and `kinds` (an index seek);
    // with `cancerTypes`, each relationship filter that joins it (routes, targets, ...) is a text.
    const joining = Object.values(filterFields.Therapy).filter((s) => s.type === 'related' && !rollsUp(s.traversal));
    expect(joining.length).toBe(6);
    expect(texts.size).toBe(4 + joining.length);
  });

  it('adds nothing for an empty list, blank text or null', () => {
    const plain = compileOperation('{ therapies { edges { node { id } } } }').therapies!.cypher;
    expect(compileOperation('{ therapies(filter: { routes: [], nameContains: "  ", kinds: null }) { edges { node { id } } } }').therapies!.cypher).toBe(plain);
  });
});
