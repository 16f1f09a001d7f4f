import { describe, expect, it } from 'vitest';
import { readState, toFilter, toggle, writeState } from './finder-state.ts';

describe('the therapy finder state in the URL', () => {
  it('round-trips filters, sort and cursor through the query string', () => {
    const search = '?route=oral&cancerType=leukemia&cancerType=gist&kind=SMALL_MOLECULE&sort=kind&dir=desc&after=abc';
    const state = readState(search);
    expect(state.selected.cancerType).toEqual(['leukemia', 'gist']);
    expect(state.sort).toEqual({ field: 'KIND', direction: 'DESC' });
    expect(readState(writeState(state))).toEqual(state);
  });

  it('maps dimensions to the API filter, leaving one out for its own facet', () => {
    const state = readState('?route=oral&target=kit&goal=cure');
    expect(toFilter(state.selected)).toEqual({ routes: ['oral'], targets: ['kit'], goals: ['cure'] });
    expect(toFilter(state.selected, 'route')).toEqual({ targets: ['kit'], goals: ['cure'] });
  });

  it('toggling a value returns to the first page', () => {
    const state = toggle(readState('?route=oral&after=xyz'), 'route', 'intravenous');
    expect(state.selected.route).toEqual(['oral', 'intravenous']);
    expect(state.after).toBeUndefined();
    expect(toggle(state, 'route', 'oral').selected.route).toEqual(['intravenous']);
  });

  it('ignores an unknown sort field', () => {
    expect(readState('?sort=dosage').sort.field).toBe('NAME');
  });
});
