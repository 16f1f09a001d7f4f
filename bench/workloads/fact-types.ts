/** The relationship types that state a fact (every relationship but ABOUT and SUPPORTED_BY), for hand-written patterns. */
export const FACT_TYPES = 'ADMINISTERED_VIA|USED_FOR|TARGETS|ACTS_BY|REQUIRES_PRECAUTION|IS_A|GIVEN_ON|SUBTYPE_OF|HAS_GOAL';
