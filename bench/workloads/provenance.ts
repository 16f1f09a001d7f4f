/** The provenance of one therapy: its sources, every fact about it with its citations, the claims about it with theirs. */
import { field, idSet } from './answer.ts';
import type { WorkloadContext } from './context.ts';
import { FACT_TYPES } from './fact-types.ts';
import type { Workload } from './workload.ts';

/**
 * A therapy's relationship fields in @neo4j/graphql's type definitions, the relationship
 * each one walks and which way (`in`: the therapy is the object, as when another therapy's
 * indication is COMBINED_WITH it).
 */
const THERAPY_FACTS: Record<string, { type: string; direction: 'out' | 'in' }> = {
  routes: { type: 'ADMINISTERED_VIA', direction: 'out' },
  cancerTypes: { type: 'USED_FOR', direction: 'out' },
  targets: { type: 'TARGETS', direction: 'out' },
  mechanisms: { type: 'ACTS_BY', direction: 'out' },
  precautions: { type: 'REQUIRES_PRECAUTION', direction: 'out' },
  treatmentTypes: { type: 'IS_A', direction: 'out' },
  schedules: { type: 'GIVEN_ON', direction: 'out' },
  indications: { type: 'HAS_INDICATION', direction: 'out' },
  combinedInto: { type: 'COMBINED_WITH', direction: 'in' },
};

/**
 * By hand: the node by the Entity.id index; its own citations, its facts in both directions
 * with their citations, and the claims about it with the citations supporting them, each
 * citation found by the Entity.id index; every list a COLLECT subquery in the same row.
 */
const FLOOR = /* Cypher */ `
MATCH (n:Entity {id: $id})
RETURN n.id AS id, n.name AS name,
  COLLECT { MATCH (c:Entity) WHERE c.id IN n.citations RETURN c {.id, .title} } AS citations,
  COLLECT {
    MATCH (n)-[r:${FACT_TYPES}]-(:Entity)
    RETURN {relationship: type(r), subject: startNode(r).id, object: endNode(r).id,
            citations: COLLECT { MATCH (c:Entity) WHERE c.id IN r.citations RETURN c {.id, .title} }}
  } AS facts,
  COLLECT {
    MATCH (claim:Claim)-[:ABOUT]->(n)
    RETURN claim {.id, .text, support: COLLECT {
      MATCH (claim)-[s:SUPPORTED_BY]->(c:Citation) RETURN {citation: c {.id, .title}, section: s.section, excerpt: s.excerpt}
    }}
  } AS claims`;

/**
 * What all three return, as sets: the node's citations, each fact as
 * "subject REL object: citation ids", each claim with the ids and sections of its support.
 */
function answer(id: string, citations: string[], facts: string[], claims: { id: string; support: string[] }[]) {
  return { id, citations: idSet(citations), facts: idSet(facts), claims: idSet(claims.map((c) => `${c.id}: ${idSet(c.support).join(' ')}`)) };
}

const fact = (subject: string, relationship: string, object: string, citations: string[]) => `${subject} ${relationship} ${object}: ${idSet(citations).join(' ')}`;
const support = (citation: string, section: string) => `${citation} §${section}`;

interface HasId {
  id: string;
}

export function provenance(c: WorkloadContext): Workload {
  return {
    id: 'provenance',
    title: `provenance of ${c.therapy}`,
    ours: {
      query: /* GraphQL */ `query Provenance($id: ID!) {
        provenance(id: $id) {
          node { id displayName }
          citations { id title }
          factGroups { relationship direction facts { relationship subject { id } object { id } citations { id title } } }
          claims { id text support { citation { id title } section excerpt } }
        }
      }`,
      variables: { id: c.therapy },
    },
    neo4jGraphql: {
      query: /* GraphQL */ `query Provenance($id: ID!) {
        therapies(where: { id: { eq: $id } }) {
          id name
          sources { id title }
          ${Object.keys(THERAPY_FACTS).map((f) => `${f}Connection { edges { properties { citations } node { id } } }`).join('\n          ')}
          claims { id text supportConnection { edges { properties { section excerpt } node { id title } } } }
        }
      }`,
      variables: { id: c.therapy },
    },
    neo4jGraphqlHow:
      "generated `therapies` with every relationship as a `…Connection` (citation ids from its properties) and the claims; the entity's own citations through a `@cypher` field",
    floor: { cypher: FLOOR, params: { id: c.therapy } },
    answerOfOurs: (d) => {
      type Fact = { relationship: string; subject: HasId; object: HasId; citations: HasId[] };
      type Claim = { id: string; support: { citation: HasId; section: string }[] };
      const p = field(d, 'provenance') as { node: HasId; citations: HasId[]; factGroups: { facts: Fact[] }[]; claims: Claim[] };
      return answer(
        p.node.id,
        p.citations.map((x) => x.id),
        p.factGroups.flatMap((g) => g.facts.map((f) => fact(f.subject.id, f.relationship, f.object.id, f.citations.map((x) => x.id)))),
        p.claims.map((cl) => ({ id: cl.id, support: cl.support.map((s) => support(s.citation.id, s.section)) })),
      );
    },
    answerOfNeo4jGraphql: (d) => {
      type Edges<P> = { edges: { properties: P; node: HasId }[] };
      const [t] = field(d, 'therapies') as (Record<string, Edges<{ citations: string[] }>> & {
        id: string;
        sources: HasId[];
        claims: { id: string; supportConnection: Edges<{ section: string }> }[];
      })[];
      return answer(
        t!.id,
        t!.sources.map((x) => x.id),
        Object.entries(THERAPY_FACTS).flatMap(([f, { type, direction }]) =>
          t![`${f}Connection`]!.edges.map((e) =>
            direction === 'out' ? fact(t!.id, type, e.node.id, e.properties.citations) : fact(e.node.id, type, t!.id, e.properties.citations),
          ),
        ),
        t!.claims.map((cl) => ({ id: cl.id, support: cl.supportConnection.edges.map((e) => support(e.node.id, e.properties.section)) })),
      );
    },
    answerOfFloor: ([row]) => {
      type Fact = { relationship: string; subject: string; object: string; citations: HasId[] };
      type Claim = { id: string; support: { citation: HasId; section: string }[] };
      return answer(
        row!.id as string,
        (row!.citations as HasId[]).map((x) => x.id),
        (row!.facts as Fact[]).map((f) => fact(f.subject, f.relationship, f.object, f.citations.map((x) => x.id))),
        (row!.claims as Claim[]).map((cl) => ({ id: cl.id, support: cl.support.map((s) => support(s.citation.id, s.section)) })),
      );
    },
  };
}
