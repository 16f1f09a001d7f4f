import { relationFields } from '../../queries/model/relation-fields.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { knowledgeFields } from './entity-fields.ts';
import { facts, related, relatedConnection, relatedFactConnection, singleFact, singleRelated } from './relationship-fields.ts';
import { lookup, rootConnection } from './root-fields.ts';

const r = relationFields.CancerType;

export const cancerTypeResolvers: Resolvers = {
  Query: {
    cancerTypes: rootConnection('CancerType'),
    cancerType: lookup('CancerType'),
  },
  CancerType: {
    ...knowledgeFields('CancerType'),
    parent: singleRelated(r.parent),
    parentFact: singleFact(r.parent),
    subtypes: related(r.subtypes),
    subtypeFacts: facts(r.subtypes),
    therapies: relatedConnection('Therapy', r.therapies),
    therapyFacts: relatedFactConnection('Therapy', r.therapies),
    treatmentTypes: relatedConnection('TreatmentType', r.treatmentTypes),
    treatmentTypeFacts: relatedFactConnection('TreatmentType', r.treatmentTypes),
  },
};
