import { relationFields } from '../../queries/model/relation-fields.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { knowledgeFields } from './entity-fields.ts';
import { relatedConnection, relatedFactConnection } from './relationship-fields.ts';
import { lookup, rootConnection } from './root-fields.ts';

const r = relationFields.TreatmentGoal;

export const treatmentGoalResolvers: Resolvers = {
  Query: {
    treatmentGoals: rootConnection('TreatmentGoal'),
    treatmentGoal: lookup('TreatmentGoal'),
  },
  TreatmentGoal: {
    ...knowledgeFields('TreatmentGoal'),
    treatmentTypes: relatedConnection('TreatmentType', r.treatmentTypes),
    treatmentTypeFacts: relatedFactConnection('TreatmentType', r.treatmentTypes),
  },
};
