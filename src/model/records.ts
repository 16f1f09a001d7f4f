/**
 * An entity as the API reads it, typed per kind from the properties in kinds.ts: a
 * `TherapyRecord` has `name: string`, `kind: TherapyKind`, `aliases?: readonly string[]`.
 * A compiled statement projects only the properties a request selected (and `id` always),
 * so a record may lack a property the request did not ask for; nothing reads those.
 */
import { KINDS, type AttributeValue, type KindName } from './kinds.ts';

/** The TypeScript type of a stored property of each value type. */
type StoredValue<V> = V extends { type: 'text-list' }
  ? readonly string[]
  : V extends { type: 'choice-list'; values: readonly (infer C)[] }
    ? readonly C[]
    : V extends { type: 'choice'; values: readonly (infer C)[] }
      ? C
      : string;

type Attributes<K extends KindName> = (typeof KINDS)[K]['attributes'];
type RequiredKeys<A> = { [P in keyof A]: A[P] extends { optional: true } ? never : P }[keyof A];
type OptionalKeys<A> = Exclude<keyof A, RequiredKeys<A>>;

type Properties<A> = { readonly [P in RequiredKeys<A>]: A[P] extends { value: infer V extends AttributeValue } ? StoredValue<V> : never } & {
  readonly [P in OptionalKeys<A>]?: A[P] extends { value: infer V extends AttributeValue } ? StoredValue<V> : never;
};

/** One kind's record: its kind, its id, its properties; `citations` (ids) on cited kinds. */
export type KindRecord<K extends KindName> = { readonly __label: K; readonly id: string; readonly citations?: readonly string[] } & Properties<
  Attributes<K>
>;

/** A record of any kind, told apart by `__label`. */
export type EntityRecord = { [K in KindName]: KindRecord<K> }[KindName];

export type TherapyRecord = KindRecord<'Therapy'>;
export type CancerTypeRecord = KindRecord<'CancerType'>;
export type DeliveryRouteRecord = KindRecord<'DeliveryRoute'>;
export type TreatmentGoalRecord = KindRecord<'TreatmentGoal'>;
export type MechanismRecord = KindRecord<'Mechanism'>;
export type BiomarkerRecord = KindRecord<'Biomarker'>;
export type SafetyPrecautionRecord = KindRecord<'SafetyPrecaution'>;
export type ScheduleRecord = KindRecord<'Schedule'>;
export type TreatmentTypeRecord = KindRecord<'TreatmentType'>;
export type CitationRecord = KindRecord<'Citation'>;
export type ClaimRecord = KindRecord<'Claim'>;
export type IndicationRecord = KindRecord<'Indication'>;

/** The record as its kind's; a record of another kind is a bug (the graph broke the model). */
export function ofKind<K extends KindName>(record: EntityRecord, kind: K): KindRecord<K> {
  if (record.__label !== kind) throw new Error(`${record.id} is a ${record.__label} where the model has a ${kind}`);
  return record as unknown as KindRecord<K>;
}

/** The property a kind is shown by: its name, a citation's title, a claim's text. */
export function displayProperty(kind: KindName): 'name' | 'title' | 'text' {
  const attributes = KINDS[kind].attributes;
  return 'name' in attributes ? 'name' : 'title' in attributes ? 'title' : 'text';
}

/** The human-readable label of any entity: its name, a citation's title, a claim's text. */
export function displayName(e: EntityRecord): string {
  const value = 'name' in e ? e.name : 'title' in e ? e.title : 'text' in e ? e.text : undefined;
  return typeof value === 'string' ? value : e.id;
}
