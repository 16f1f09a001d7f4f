import {
  buildASTSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { filters } from '../queries/lists/filters.ts';
import { factTypes } from '../queries/model/graph-model.ts';
import { relationFields } from '../queries/model/relation-fields.ts';
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

  it('offers exactly the filters that src/queries/lists/filters.ts implements', () => {
    for (const [label, fields] of Object.entries(filters)) {
      const input = schema.getType(`${label}Filter`);
      expect(isInputObjectType(input), `${label}Filter`).toBe(true);
      expect(isInputObjectType(input) && Object.keys(input.getFields()).sort()).toEqual(Object.keys(fields).sort());
    }
  });

  it('exposes every relationship field, and a …Facts twin for each fact relationship', () => {
    const provenanceOnly = new Set(['claims', 'about', 'support']);
    for (const [label, fields] of Object.entries(relationFields)) {
      const type = schema.getType(label) as GraphQLNamedType;
      expect(isObjectType(type), label).toBe(true);
      const own = isObjectType(type) ? type.getFields() : {};
      for (const field of Object.keys(fields)) {
        expect(own[field], `${label}.${field}`).toBeDefined();
        if (provenanceOnly.has(field)) continue;
        const twin = field === 'parent' ? 'parentFact' : `${field.replace(/ies$/, 'y').replace(/s$/, '')}Facts`;
        expect(own[twin], `${label}.${twin}`).toBeDefined();
      }
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
