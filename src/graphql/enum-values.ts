/**
 * GraphQL enum values and the values the graph stores for them, built from the seed's
 * registry: `SMALL_MOLECULE` is stored as `small-molecule`, `CANCER_TYPE` is the label
 * `CancerType`. Apollo uses these maps as enum resolvers, so resolvers and Cypher only ever
 * see stored values; codegen.ts gives them to graphql-codegen, so the generated types do too.
 */
import {
  CITATION_KINDS,
  CITATION_STATUSES,
  CLAIM_KINDS,
  INDICATION_SETTINGS,
  KIND_NAMES,
  PRECAUTION_KINDS,
  THERAPY_KINDS,
  TREATMENT_SCOPES,
} from '../model/kinds.ts';

type KebabToSnake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${KebabToSnake<B>}` : S;
type PascalToSnake<S extends string, First extends boolean = true> = S extends `${infer C}${infer Rest}`
  ? `${C extends Lowercase<C> ? C : First extends true ? C : `_${C}`}${PascalToSnake<Rest, false>}`
  : S;

/** `small-molecule` ↔ `SMALL_MOLECULE`. */
function fromSlugs<V extends string>(values: readonly V[]): { readonly [K in V as Uppercase<KebabToSnake<K>>]: K } {
  return Object.fromEntries(values.map((v) => [v.replaceAll('-', '_').toUpperCase(), v])) as never;
}

/** `CancerType` ↔ `CANCER_TYPE`. */
function fromLabels<V extends string>(values: readonly V[]): { readonly [K in V as Uppercase<PascalToSnake<K>>]: K } {
  return Object.fromEntries(values.map((v) => [v.replace(/(?<=.)([A-Z])/g, '_$1').toUpperCase(), v])) as never;
}

export const enumValues = {
  TherapyKind: fromSlugs(THERAPY_KINDS),
  CitationKind: fromSlugs(CITATION_KINDS),
  CitationStatus: fromSlugs(CITATION_STATUSES),
  ClaimKind: fromSlugs(CLAIM_KINDS),
  TreatmentScope: fromSlugs(TREATMENT_SCOPES),
  PrecautionKind: fromSlugs(PRECAUTION_KINDS),
  IndicationSetting: fromSlugs(INDICATION_SETTINGS),
  EntityKind: fromLabels(KIND_NAMES),
};
