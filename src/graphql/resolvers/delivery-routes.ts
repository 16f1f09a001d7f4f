import { relationFields } from '../../queries/model/relation-fields.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { knowledgeFields } from './entity-fields.ts';
import { relatedConnection, relatedFactConnection } from './relationship-fields.ts';
import { lookup, rootConnection } from './root-fields.ts';

const r = relationFields.DeliveryRoute;

export const deliveryRouteResolvers: Resolvers = {
  Query: {
    deliveryRoutes: rootConnection('DeliveryRoute'),
    deliveryRoute: lookup('DeliveryRoute'),
  },
  DeliveryRoute: {
    ...knowledgeFields('DeliveryRoute'),
    therapies: relatedConnection('Therapy', r.therapies),
    therapyFacts: relatedFactConnection('Therapy', r.therapies),
    treatmentTypes: relatedConnection('TreatmentType', r.treatmentTypes),
    treatmentTypeFacts: relatedFactConnection('TreatmentType', r.treatmentTypes),
  },
};
