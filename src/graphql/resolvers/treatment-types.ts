import { relationFields } from '../../queries/model/relation-fields.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { knowledgeFields } from './entity-fields.ts';
import { facts, related, relatedConnection, relatedFactConnection } from './relationship-fields.ts';
import { lookup, rootConnection } from './root-fields.ts';

const r = relationFields.TreatmentType;

export const treatmentTypeResolvers: Resolvers = {
  Query: {
    treatmentTypes: rootConnection('TreatmentType'),
    treatmentType: lookup('TreatmentType'),
  },
  TreatmentType: {
    ...knowledgeFields('TreatmentType'),
    goals: related(r.goals),
    goalFacts: facts(r.goals),
    routes: related(r.routes),
    routeFacts: facts(r.routes),
    schedules: related(r.schedules),
    scheduleFacts: facts(r.schedules),
    mechanisms: related(r.mechanisms),
    mechanismFacts: facts(r.mechanisms),
    precautions: related(r.precautions),
    precautionFacts: facts(r.precautions),
    cancerTypes: related(r.cancerTypes),
    cancerTypeFacts: facts(r.cancerTypes),
    therapies: relatedConnection('Therapy', r.therapies),
    therapyFacts: relatedFactConnection('Therapy', r.therapies),
  },
};
