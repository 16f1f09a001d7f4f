import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../config.ts';
import { FINDING_NAMES, FINDINGS } from './findings.ts';

describe('the finding names and definitions', () => {
  it('are the GraphQL enum AuditFindingName, value for value, description for description', () => {
    const sdl = parse(readFileSync(path.join(projectRoot, 'schema/provenance.graphql'), 'utf8'));
    const enumType = sdl.definitions.find(
      (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'AuditFindingName',
    );
    const values = (enumType?.values ?? []).map((v) => [v.name.value, v.description?.value]);
    expect(values).toEqual(FINDING_NAMES.map((name) => [name, FINDINGS[name].description]));
  });
});
