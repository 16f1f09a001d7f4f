/**
 * A synthetic, scaled seed of the same model, for load and API benchmarks: deterministic
 * (a seeded PRNG), valid by the same rules as graph-seed/ (the unit test validates it), and
 * shaped like the real data: a few popular cancer types with many therapies, a cancer-type
 * hierarchy, several citations per fact, claims about entities of every kind. The entries
 * go through buildSeedGraph like a YAML seed, so the graph model cannot drift.
 *
 * Default size: 100k nodes and about 580k relationships.
 */
import { createHash } from 'node:crypto';
import { buildSeedGraph, type SeedGraph } from './graph.ts';
import {
  CITATION_KINDS,
  CITATION_STATUSES,
  CLAIM_KINDS,
  ENTITY_KINDS,
  GRAPH_FORMAT_VERSION,
  KIND_NAMES,
  THERAPY_KINDS,
  INDICATION_SETTINGS,
  TREATMENT_SCOPES,
  type KindName,
} from '../model/kinds.ts';
import { Prng } from './prng.ts';
import { MAX_EXCERPT_WORDS } from './schema.ts';
import type { Entry, SeedEntries, ValidSeed } from './validate.ts';

export interface SyntheticOptions {
  /** Total number of nodes (at least 100). */
  nodes?: number;
  randomSeed?: number;
}

export const DEFAULT_SYNTHETIC_NODES = 100_000;
/** Bump when the generator's output changes, so the hash (and ensureSeeded) notice. */
const GENERATOR_VERSION = 2;

/** How a synthetic seed's origin begins (SeedMeta.origin), telling it from a seed folder's path. */
const SYNTHETIC_ORIGIN = 'synthetic';

export function isSyntheticOrigin(origin: string): boolean {
  return origin.startsWith(`${SYNTHETIC_ORIGIN} (`);
}

export function syntheticSeedGraph(options: SyntheticOptions = {}): SeedGraph {
  return buildSeedGraph(syntheticSeed(options));
}

export function syntheticSeed({ nodes = DEFAULT_SYNTHETIC_NODES, randomSeed = 1 }: SyntheticOptions = {}): ValidSeed {
  if (!Number.isInteger(nodes) || nodes < 100) throw new RangeError(`synthetic seed: nodes must be an integer of at least 100, got ${nodes}`);
  const origin = `${SYNTHETIC_ORIGIN} (nodes=${nodes}, random seed=${randomSeed})`;
  const hash = createHash('sha256').update(`${origin} generator ${GENERATOR_VERSION} graph format ${GRAPH_FORMAT_VERSION}`).digest('hex');
  return { origin, hash, entries: new Generator(nodes, new Prng(randomSeed)).entries() };
}

const WORDS = (
  'cell growth signal receptor kinase pathway tumor protein gene mutation blood vessel immune response dose ' +
  'cycle tablet infusion marker level tissue patient treatment effect risk stage spread damage normal target'
).split(' ');
const SYLLABLES = 'al be ci do fa ge hi jo ka li mo nu pa ri sa te vo xa zu ne ro ti'.split(' ');
const SUFFIXES = ['inib', 'umab', 'mab', 'lisib', 'ciclib', 'rafenib', 'tuzumab', 'parib'];

class Generator {
  readonly #entries = Object.fromEntries(KIND_NAMES.map((k) => [k, [] as Entry[]])) as SeedEntries;
  readonly #ids = Object.fromEntries(KIND_NAMES.map((k) => [k, [] as string[]])) as Record<KindName, string[]>;

  constructor(
    private readonly total: number,
    private readonly rng: Prng,
  ) {}

  entries(): SeedEntries {
    // Small vocabularies first: they are the targets of the big kinds' facts.
    const fixed = { DeliveryRoute: 3, TreatmentGoal: 3, TreatmentType: 4 };
    const scaled = { Mechanism: Math.max(3, Math.round(this.total / 2000)), SafetyPrecaution: Math.max(1, Math.round(this.total / 5000)), Schedule: Math.max(3, Math.round(this.total / 5000)) };
    const rest = this.total - Object.values({ ...fixed, ...scaled }).reduce((a, b) => a + b, 0);
    const share = (fraction: number) => Math.max(1, Math.round(rest * fraction));
    const counts = { citations: share(0.15), cancerTypes: share(0.1), biomarkers: share(0.1), therapies: share(0.2), indications: share(0.05) };
    const claims = rest - Object.values(counts).reduce((a, b) => a + b, 0);

    this.#add('Citation', counts.citations, (id, i) => ({
      id,
      kind: this.rng.pick(CITATION_KINDS),
      title: `${this.#sentence(4, 9)} (${i})`,
      status: this.rng.next() < 0.9 ? 'current' : this.rng.pick(CITATION_STATUSES),
      publisher: `${this.#word()} press`,
      date: String(this.rng.int(1995, 2025)),
    }));
    // TreatmentType comes after the goals and routes its facts point at.
    const extra: Partial<Record<KindName, () => Record<string, unknown>>> = {
      DeliveryRoute: () => ({ setting: this.rng.pick(['home', 'clinic or hospital']) }),
      // A boxed warning must cite a drug label, which the random citations need not be.
      SafetyPrecaution: () => ({ kind: 'handling' }),
      TreatmentType: () => ({
        scope: this.rng.pick(TREATMENT_SCOPES),
        goals: this.#facts('TreatmentGoal', 1, 3),
        routes: this.#facts('DeliveryRoute', 1, 3),
      }),
    };
    for (const [kind, count] of Object.entries({ ...fixed, ...scaled }) as [KindName, number][]) {
      this.#add(kind, count, (id, i) => this.#entity(id, `${kind} ${i}`, extra[kind]?.() ?? {}));
    }
    this.#addCancerTypes(counts.cancerTypes);
    this.#add('Biomarker', counts.biomarkers, (id, i) => this.#entity(id, `${this.#word().toUpperCase()}${i}`, { aliases: [`${this.#word()} receptor ${i}`] }));
    this.#add('Therapy', counts.therapies, (id, i) =>
      this.#entity(id, `${this.#drugName()} ${i}`, {
        aliases: [`${this.#drugName()}`, `${this.#drugName()} ${i}`],
        kind: this.rng.pick(THERAPY_KINDS),
        routes: this.#facts('DeliveryRoute', 1, 2),
        cancerTypes: this.#facts('CancerType', 4, 12, true),
        targets: this.#facts('Biomarker', 1, 3, true),
        mechanisms: this.#facts('Mechanism', 1, 2, true),
        precautions: this.#facts('SafetyPrecaution', 0, 2),
        treatmentTypes: this.#facts('TreatmentType', 1, 1),
        schedules: this.#facts('Schedule', 1, 2),
      }),
    );
    this.#addIndications(counts.indications);
    const entities = ENTITY_KINDS.flatMap((k) => this.#ids[k]);
    this.#add('Claim', claims, (id) => ({
      id,
      text: this.#sentence(10, 25),
      kind: this.rng.pick(CLAIM_KINDS),
      about: this.rng.distinct(entities, this.rng.int(1, 3), true),
      support: this.rng.distinct(this.#ids.Citation, this.rng.int(1, 3)).map((citation, s) => ({
        citation,
        section: `Section ${s + 1}`,
        ...(this.rng.next() < 0.5 ? { excerpt: this.#sentence(5, MAX_EXCERPT_WORDS) } : {}),
      })),
    }));
    return this.#entries;
  }

  /**
   * Indications of random therapies, each for one of its therapy's cancer types (the seed's
   * rule) and cited to drug labels, listed under the therapy's `indications`.
   */
  #addIndications(count: number): void {
    const labels = this.#entries.Citation.filter((c) => c.kind === 'drug-label').map((c) => c.id);
    const cite = () => this.rng.distinct(labels, this.rng.int(1, 2));
    this.#add('Indication', count, (id, i) => {
      const therapy = this.rng.pick(this.#entries.Therapy);
      const cancerType = this.rng.pick(therapy.cancerTypes as { to: string }[]).to;
      const partner = this.rng.pick(this.#ids.Therapy);
      const indication: Entry = {
        id,
        name: `${String(therapy.name)} use ${i}`,
        settings: this.rng.distinct([...INDICATION_SETTINGS], this.rng.int(1, 2)),
        citations: cite(),
        cancerType: { to: cancerType, citations: cite() },
        ...(this.rng.next() < 0.5 ? { biomarkers: this.#facts('Biomarker', 1, 2, true) } : {}),
        ...(partner !== therapy.id && this.rng.next() < 0.3 ? { combinedWith: [{ to: partner, citations: cite() }] } : {}),
        ...(this.rng.next() < 0.7 ? { goal: { to: this.rng.pick(this.#ids.TreatmentGoal), citations: cite() } } : {}),
      };
      therapy.indications = [...((therapy.indications as unknown[] | undefined) ?? []), { to: id, citations: cite() }];
      return indication;
    });
  }

  /** A forest: the first twentieth are top-level; each other type is a subtype of an earlier one. */
  #addCancerTypes(count: number): void {
    const roots = Math.max(1, Math.round(count / 20));
    this.#add('CancerType', count, (id, i) => {
      const parent = i < roots ? undefined : this.#ids.CancerType[this.rng.skewed(i)]!;
      return this.#entity(id, `${this.#word()} cancer ${i}`, parent ? { subtypeOf: { to: parent, citations: this.#citations(1, 2) } } : {});
    });
  }

  #add(kind: KindName, count: number, make: (id: string, i: number) => Entry): void {
    const prefix = kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
    for (let i = 0; i < count; i++) {
      const id = `${prefix}-${i}`;
      // Registered before make() so that a cancer type can pick an earlier one as parent.
      this.#entries[kind].push(make(id, i));
      this.#ids[kind].push(id);
    }
  }

  #entity(id: string, name: string, extra: Record<string, unknown>): Entry {
    return { id, name, description: this.#sentence(8, 20), citations: this.#citations(1, 3), ...extra };
  }

  /** Fact list of min..max distinct targets, each with 1–4 citations; undefined when empty (omitted). */
  #facts(target: KindName, min: number, max: number, skewed = false) {
    const targets = this.rng.distinct(this.#ids[target], this.rng.int(min, max), skewed);
    return targets.length === 0 ? undefined : targets.map((to) => ({ to, citations: this.#citations(1, 4) }));
  }

  #citations(min: number, max: number): string[] {
    return this.rng.distinct(this.#ids.Citation, this.rng.int(min, max));
  }

  #word(): string {
    return this.rng.pick(WORDS);
  }

  #sentence(min: number, max: number): string {
    let sentence = capitalized(this.#word());
    for (let n = this.rng.int(min, max) - 1; n > 0; n--) sentence += ` ${this.#word()}`;
    return `${sentence}.`;
  }

  #drugName(): string {
    const stem = Array.from({ length: this.rng.int(2, 3) }, () => this.rng.pick(SYLLABLES)).join('');
    return capitalized(`${stem}${this.rng.pick(SUFFIXES)}`);
  }
}

function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
