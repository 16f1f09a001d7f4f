import type { EntityLabel } from './graph-model.ts';
import { relation, type RelationName, type Traversal } from './relations.ts';

/** Walks a registry relationship forwards; fails at start-up if the registry has no such field. */
function out(name: RelationName): Traversal {
  relation(name);
  return { relation: name, direction: 'out' };
}

function into(name: RelationName): Traversal {
  relation(name);
  return { relation: name, direction: 'in' };
}

/** Claims about an entity: on every kind that facts connect. */
const claims = into('Claim.about');

/**
 * The relationship behind each relationship field of the API, by kind and field name
 * (seed fields keep their names; the API adds the reverse directions). The same names serve
 * as relationship filters on that kind's lists (TherapyFilter.routes is "has a route among
 * these"), so a field and its filter can never disagree.
 */
export const relationFields = {
  Therapy: {
    routes: out('Therapy.routes'),
    cancerTypes: out('Therapy.cancerTypes'),
    targets: out('Therapy.targets'),
    mechanisms: out('Therapy.mechanisms'),
    precautions: out('Therapy.precautions'),
    treatmentTypes: out('Therapy.treatmentTypes'),
    schedules: out('Therapy.schedules'),
    claims,
  },
  CancerType: {
    parent: out('CancerType.subtypeOf'),
    subtypes: into('CancerType.subtypeOf'),
    therapies: into('Therapy.cancerTypes'),
    treatmentTypes: into('TreatmentType.cancerTypes'),
    claims,
  },
  DeliveryRoute: { therapies: into('Therapy.routes'), treatmentTypes: into('TreatmentType.routes'), claims },
  TreatmentGoal: { treatmentTypes: into('TreatmentType.goals'), claims },
  Mechanism: { therapies: into('Therapy.mechanisms'), treatmentTypes: into('TreatmentType.mechanisms'), claims },
  Biomarker: { therapies: into('Therapy.targets'), claims },
  SafetyPrecaution: { therapies: into('Therapy.precautions'), treatmentTypes: into('TreatmentType.precautions'), claims },
  Schedule: { therapies: into('Therapy.schedules'), treatmentTypes: into('TreatmentType.schedules'), claims },
  TreatmentType: {
    goals: out('TreatmentType.goals'),
    routes: out('TreatmentType.routes'),
    schedules: out('TreatmentType.schedules'),
    mechanisms: out('TreatmentType.mechanisms'),
    precautions: out('TreatmentType.precautions'),
    cancerTypes: out('TreatmentType.cancerTypes'),
    therapies: into('Therapy.treatmentTypes'),
    claims,
  },
  Citation: { claims: into('Claim.support') },
  Claim: { about: out('Claim.about'), support: out('Claim.support') },
} as const satisfies Record<EntityLabel, Record<string, Traversal>>;

/** The same relationship walked from the other end, rolling up if asked and it can. */
export function reverse(t: Traversal, rollUp = false): Traversal {
  return { relation: t.relation, direction: t.direction === 'out' ? 'in' : 'out', rollUp };
}
