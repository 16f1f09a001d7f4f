import { describe, expect, it } from 'vitest';
import { newElements, type Neighborhood } from './graph-elements.ts';

const node = (id: string, __typename = 'Therapy') => ({ __typename, id, displayName: id.toUpperCase() }) as Neighborhood['nodes'][number];
const fact = (s: string, rel: string, o: string) =>
  ({ relationship: rel, subject: node(s), object: node(o), citations: [{ id: 'c', title: 'C' }] }) as Neighborhood['edges'][number];

describe('neighbourhood answers as graph elements', () => {
  const hood: Neighborhood = {
    center: { id: 'imatinib' },
    nodes: [node('imatinib'), node('oral', 'DeliveryRoute'), node('cml', 'CancerType'), node('leukemia', 'CancerType')],
    edges: [fact('imatinib', 'ADMINISTERED_VIA', 'oral'), fact('imatinib', 'USED_FOR', 'cml'), fact('cml', 'SUBTYPE_OF', 'leukemia')],
    truncated: false,
  };

  it('gives each node its distance from the centre and its kind', () => {
    const { nodes, edges } = newElements(hood, new Map());
    expect(Object.fromEntries(nodes.map((n) => [n.id, n.level]))).toEqual({ imatinib: 0, oral: 1, cml: 1, leukemia: 2 });
    expect(nodes.find((n) => n.id === 'oral')!.kind).toBe('Delivery route');
    expect(edges.map((e) => e.id)).toContain('cml|SUBTYPE_OF|leukemia');
  });

  it('adds only what an expansion brings, one level beyond the clicked node', () => {
    const known = new Map([['imatinib', 0], ['oral', 1]]);
    const expansion: Neighborhood = {
      center: { id: 'oral' },
      nodes: [node('oral', 'DeliveryRoute'), node('imatinib'), node('sunitinib')],
      edges: [fact('imatinib', 'ADMINISTERED_VIA', 'oral'), fact('sunitinib', 'ADMINISTERED_VIA', 'oral')],
      truncated: false,
    };
    const { nodes } = newElements(expansion, known);
    expect(nodes.map((n) => [n.id, n.level])).toEqual([['sunitinib', 2]]);
  });
});
