import { relationFields } from '../../queries/model/relation-fields.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { knowledgeFields, listProperty } from './entity-fields.ts';
import { relatedConnection, relatedFactConnection } from './relationship-fields.ts';
import { lookup, rootConnection } from './root-fields.ts';

const r = relationFields.Biomarker;

export const biomarkerResolvers: Resolvers = {
  Query: {
    biomarkers: rootConnection('Biomarker'),
    biomarker: lookup('Biomarker'),
  },
  Biomarker: {
    ...knowledgeFields('Biomarker'),
    aliases: listProperty('aliases'),
    therapies: relatedConnection('Therapy', r.therapies),
    therapyFacts: relatedFactConnection('Therapy', r.therapies),
  },
};
