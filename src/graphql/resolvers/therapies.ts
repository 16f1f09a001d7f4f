import { relationFields } from '../../queries/model/relation-fields.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { knowledgeFields, listProperty } from './entity-fields.ts';
import { facts, related } from './relationship-fields.ts';
import { lookup, rootConnection } from './root-fields.ts';

const r = relationFields.Therapy;

export const therapyResolvers: Resolvers = {
  Query: {
    therapies: rootConnection('Therapy'),
    therapy: lookup('Therapy'),
  },
  Therapy: {
    ...knowledgeFields('Therapy'),
    aliases: listProperty('aliases'),
    routes: related(r.routes),
    routeFacts: facts(r.routes),
    cancerTypes: related(r.cancerTypes),
    cancerTypeFacts: facts(r.cancerTypes),
    targets: related(r.targets),
    targetFacts: facts(r.targets),
    mechanisms: related(r.mechanisms),
    mechanismFacts: facts(r.mechanisms),
    precautions: related(r.precautions),
    precautionFacts: facts(r.precautions),
    treatmentTypes: related(r.treatmentTypes),
    treatmentTypeFacts: facts(r.treatmentTypes),
    schedules: related(r.schedules),
    scheduleFacts: facts(r.schedules),
  },
};
