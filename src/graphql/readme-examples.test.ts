import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../config.ts';
import { estimateCost } from './limits/cost-limit.ts';
import { loadTypeDefs } from './schema.ts';

// graphql through require, as Apollo loads it, so the schema and the validator share one
// copy of graphql-js (see limits/cost-limit.test.ts).
const { buildASTSchema, parse, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('the README examples', () => {
  const schema = buildASTSchema(loadTypeDefs());

  it('has an example for the contract and for each user group', () => {
    expect(examples.length).toBeGreaterThanOrEqual(4);
  });

  it.each(examples.map((text) => [/(query|mutation) (\w+)/.exec(text)?.[2] ?? text.slice(0, 40), text]))(
    '%s is valid against the schema',
    (_name, text) => {
      const errors = validate(schema, parse(text)).map((e) => e.message);
      expect(errors).toEqual([]);
    },
  );

  const { maxCost } = loadConfig({}).graphql;
  it.each(examples.map((text) => [/(query|mutation) (\w+)/.exec(text)?.[2] ?? text.slice(0, 40), text]))(
    '%s costs no more than the default GRAPHQL_MAX_COST',
    (_name, text) => {
      expect(estimateCost(schema, parse(text), {})).toBeLessThanOrEqual(maxCost);
    },
  );
});
