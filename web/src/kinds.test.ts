import { describe, expect, it } from 'vitest';
import { KINDS, relationshipLabel } from './kinds.ts';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('kind colours', () => {
  it('carry white badge text at WCAG AA (4.5:1), which also clears 3:1 for graph nodes on white', () => {
    for (const [kind, { colour }] of Object.entries(KINDS)) expect(contrast(colour, '#ffffff'), kind).toBeGreaterThanOrEqual(4.5);
  });

  it('are distinct, so the legend tells kinds apart', () => {
    const colours = Object.values(KINDS).map((k) => k.colour);
    expect(new Set(colours).size).toBe(colours.length);
  });
});

describe('relationship labels', () => {
  it('read as words', () => {
    expect(relationshipLabel('ADMINISTERED_VIA')).toBe('administered via');
  });
});
