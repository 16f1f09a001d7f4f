import { relationFields } from '../../queries/model/relation-fields.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { knowledgeFields } from './entity-fields.ts';
import { relatedConnection, relatedFactConnection } from './relationship-fields.ts';
import { lookup, rootConnection } from './root-fields.ts';

const r = relationFields.SafetyPrecaution;

export const safetyPrecautionResolvers: Resolvers = {
  Query: {
    safetyPrecautions: rootConnection('SafetyPrecaution'),
    safetyPrecaution: lookup('SafetyPrecaution'),
  },
  SafetyPrecaution: {
    ...knowledgeFields('SafetyPrecaution'),
    therapies: relatedConnection('Therapy', r.therapies),
    therapyFacts: relatedFactConnection('Therapy', r.therapies),
    treatmentTypes: relatedConnection('TreatmentType', r.treatmentTypes),
    treatmentTypeFacts: relatedFactConnection('TreatmentType', r.treatmentTypes),
  },
};
