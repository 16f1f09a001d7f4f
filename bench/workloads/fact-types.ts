/**
 * The relationship types that state a fact (every relationship but ABOUT and SUPPORTED_BY),
 * for hand-written patterns: the floor's and the @cypher fields of
 * bench/neo4j-graphql/type-defs.graphql. Written out, as an expert would, rather than read
 * from our model (the floor uses none of our code); fact-types.test.ts checks both against
 * the model, so a new kind's relationships cannot be left out of the comparison again.
 */
export const FACT_TYPES = 'ADMINISTERED_VIA|USED_FOR|TARGETS|ACTS_BY|REQUIRES_PRECAUTION|IS_A|GIVEN_ON|HAS_INDICATION|SUBTYPE_OF|DEFINED_BY|HAS_GOAL|FOR_CANCER_TYPE|REQUIRES_BIOMARKER|COMBINED_WITH';
