import { describe, expect, it } from 'vitest';
import { CITATION_STATUSES } from '../model/kinds.ts';
import { supportStatusOf, WEAK_CITATION_STATUSES } from './support-status.ts';

describe('supportStatusOf', () => {
  it('is UNSUPPORTED without any citation', () => {
    expect(supportStatusOf([])).toBe('UNSUPPORTED');
  });

  it('is WEAKLY_SUPPORTED when every citation is unavailable, superseded or retracted', () => {
    expect(WEAK_CITATION_STATUSES).toEqual(['unavailable', 'superseded', 'retracted']);
    for (const status of WEAK_CITATION_STATUSES) expect(supportStatusOf([status])).toBe('WEAKLY_SUPPORTED');
    expect(supportStatusOf(['unavailable', 'superseded', 'retracted'])).toBe('WEAKLY_SUPPORTED');
  });

  it('is SUPPORTED when one citation is current, whatever the others', () => {
    expect(CITATION_STATUSES).toContain('current');
    expect(supportStatusOf(['retracted', 'current'])).toBe('SUPPORTED');
    expect(supportStatusOf(['current'])).toBe('SUPPORTED');
  });
});
