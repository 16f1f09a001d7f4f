import { buildASTSchema, printSchema } from 'graphql';
import { loadTypeDefs } from './schema.ts';

/**
 * The whole schema as one printed SDL document: the files of schema/ merged, each
 * `extend type` / `extend input` folded into its type. Tools that cannot read extensions
 * (the Relay compiler panics on `extend input`) read this one; GET /schema.graphql serves it.
 */
export function printedSchema(): string {
  return printSchema(buildASTSchema(loadTypeDefs()));
}
