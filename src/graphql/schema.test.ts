import {
  buildASTSchema,
  isEnumType,
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiRelationshipFields, citingFields, rootFields } from '../model/api-fields.ts';
import { filterFields } from '../model/filters.ts';
import { KINDS, KIND_NAMES } from '../model/kinds.ts';
import { factTypes } from '../model/relations.ts';
import { kindSortFields, sortFields } from '../model/sort.ts';
import { enumValues } from './enum-values.ts';
import { resolvers } from './resolvers/index.ts';
import { loadTypeDefs } from './schema.ts';

const schema = buildASTSchema(loadTypeDefs());
const ownTypes = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name));

describe('the SDL', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    const check = (what: string, description: string | null | undefined) => {
      if (!description?.trim()) missing.push(what);
    };
    for (const type of ownTypes) {
      check(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) check(`${type.name}.${field.name}`, field.description);
      }
      if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
    expect(missing).toEqual([]);
  });

  it('has an enum value for every stored value of the seed registry, and no other', () => {
    for (const [name, map] of Object.entries(enumValues)) {
      const type = schema.getType(name);
      expect(isEnumType(type), name).toBe(true);
      expect(isEnumType(type) && type.getValues().map((v) => v.name).sort()).toEqual(Object.keys(map).sort());
    }
  });

  it('names every fact relationship of the registry in RelationshipType', () => {
    const type = schema.getType('RelationshipType');
    expect(isEnumType(type) && type.getValues().map((v) => v.name).sort()).toEqual([...factTypes].sort());
  });

  it('offers exactly the filters of the model (src/model/filters.ts)', () => {
    for (const [kind, fields] of Object.entries(filterFields)) {
      const input = schema.getType(`${kind}Filter`);
      expect(isInputObjectType(input), `${kind}Filter`).toBe(true);
      expect(isInputObjectType(input) && Object.keys(input.getFields()).sort()).toEqual(Object.keys(fields).sort());
    }
  });

  it('has exactly the relationship fields of the model, with their shapes, and a field for every property', () => {
    const entityTypes = new Set([...KIND_NAMES, 'Node', 'Fact', 'ClaimSupport']);
    for (const kind of KIND_NAMES) {
      const type = schema.getType(kind) as GraphQLNamedType;
      expect(isObjectType(type), kind).toBe(true);
      const own = isObjectType(type) ? type.getFields() : {};
      const model = new Map(apiRelationshipFields[kind].map((f) => [f.name, f]));
      // Every field whose type is an entity, a fact or a connection is a relationship field of
      // the model; `citations` (the entity's own, from its `citations` property) and
      // Citation's citing fields (the facts and entities whose `citations` name it) follow
      // properties, not relationships.
      const citing = kind === 'Citation' ? citingFields : [];
      const related = Object.values(own)
        .filter((f) => f.name !== 'citations' && !citing.some((c) => c.name === f.name))
        .filter((f) => {
          const named = String(f.type).replace(/[[\]!]/g, '');
          return entityTypes.has(named) || named.endsWith('Connection');
        })
        .map((f) => f.name);
      expect(related.sort(), kind).toEqual([...model.keys()].sort());
      for (const f of model.values()) {
        const sdl = String(own[f.name]!.type);
        const shape = sdl.endsWith('Connection!') ? 'connection' : sdl.startsWith('[') ? 'list' : 'single';
        expect(shape, `${kind}.${f.name}`).toBe(f.shape);
        expect(own[f.name]!.args.some((a) => a.name === 'includeSubtypes'), `${kind}.${f.name}(includeSubtypes)`).toBe(f.includeSubtypes);
      }
      for (const property of Object.keys(KINDS[kind].attributes)) expect(own[property], `${kind}.${property}`).toBeDefined();
      for (const f of citing) expect(String(own[f.name]?.type), `${kind}.${f.name}`).toBe(f.reads === 'facts' ? 'FactConnection!' : 'NodeConnection!');
    }
  });

  it('has the root list and lookup of every kind, and sort fields the model knows', () => {
    const query = schema.getQueryType()!.getFields();
    for (const kind of KIND_NAMES) {
      const { list, lookup } = rootFields[kind];
      expect(String(query[list]?.type), list).toBe(`${kind}Connection!`);
      if (lookup) expect(String(query[lookup]?.type), lookup).toBe(kind);
    }
    for (const type of ownTypes) {
      if (isEnumType(type) && type.name.endsWith('SortField')) {
        for (const value of type.getValues()) expect(Object.keys(sortFields), `${type.name}.${value.name}`).toContain(value.name);
      }
    }
    // The model's sort fields per kind (the loader's stored keys and the sort indexes follow them) are the root list's.
    for (const kind of KIND_NAMES) {
      const sortInput = getNamedType(query[rootFields[kind].list]!.args.find((a) => a.name === 'sort')!.type);
      const field = isInputObjectType(sortInput) ? getNamedType(sortInput.getFields()['field']!.type) : undefined;
      expect(isEnumType(field) ? field.getValues().map((v) => v.name) : [], kind).toEqual(kindSortFields(kind));
    }
  });

  it('pages every list that grows with the graph as a Relay connection with the same four arguments', () => {
    const connectionFields: GraphQLField<unknown, unknown>[] = [];
    for (const type of ownTypes) {
      if (!isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        if (String(field.type).replace(/!$/, '').endsWith('Connection')) connectionFields.push(field);
      }
    }
    expect(connectionFields.length).toBeGreaterThan(30);
    for (const field of connectionFields) {
      expect(field.args.map((a) => a.name), field.name).toEqual(expect.arrayContaining(['first', 'after', 'last', 'before']));
    }
  });

  it('has a resolver for every root field', () => {
    const query = resolvers.Query as Record<string, unknown>;
    const missing = Object.keys(schema.getQueryType()!.getFields()).filter((f) => typeof query[f] !== 'function');
    expect(missing).toEqual([]);
  });
});
