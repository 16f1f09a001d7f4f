/**
 * What resolvers receive as parents and return for each object type: the "mappers" that
 * codegen.ts hands to graphql-codegen, gathered in one place.
 */
import type { FactRecord } from '../queries/entities/fact-record.ts';
import type DataLoader from 'dataloader';
import type { FacetAnswer, FacetRequest, KindCount, NodeCount } from '../queries/facets/therapy-facets.ts';
import type { NeighborhoodRecord } from '../queries/graph/neighborhood.ts';
import type { PathRecord, PathStepRecord } from '../queries/graph/paths.ts';
import type { MetaRecord } from '../queries/meta/seed-meta.ts';
import type { ConnectionModel, EdgeModel } from './pagination/connection.ts';

export type {
  BiomarkerRecord,
  CancerTypeRecord,
  CitationRecord,
  ClaimRecord,
  DeliveryRouteRecord,
  EntityRecord,
  IndicationRecord,
  MechanismRecord,
  SafetyPrecautionRecord,
  ScheduleRecord,
  TherapyRecord,
  TreatmentGoalRecord,
  TreatmentTypeRecord,
} from '../model/records.ts';
import type { EntityRecord } from '../model/records.ts';
export type { FactRecord, KindCount, MetaRecord, NeighborhoodRecord, NodeCount, PathRecord, PathStepRecord };
export type { AuditReport as AuditReportModel } from '../audit/audit.ts';
export type { Finding as AuditFindingModel, Occurrence as AuditOccurrenceModel } from '../audit/findings.ts';
export type { FactGroupRecord, ProvenanceRecord } from '../queries/provenance/provenance.ts';

export type EntityEdge = EdgeModel<EntityRecord>;
export type EntityConnection = ConnectionModel<EntityEdge>;
export type FactEdgeModel = EdgeModel<FactRecord>;
export type FactConnectionModel = ConnectionModel<FactEdgeModel>;
export interface SearchEdgeModel extends EdgeModel<EntityRecord> {
  readonly score: number;
}
export type SearchConnectionModel = ConnectionModel<SearchEdgeModel>;

/** The facet groups a `facets` field selects, read together in one statement (resolvers/facets.ts). */
export interface TherapyFacetsModel {
  readonly groups: DataLoader<FacetRequest, FacetAnswer, string>;
}
