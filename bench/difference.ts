/** Where two answers (plain JSON values) first differ, in words, for the answer check's failure message. */

/** '' when equal; otherwise the path of the first difference and both values there. */
export function describeDifference(name: string, other: unknown, ours: unknown): string {
  const at = firstDifference(ours, other, '');
  return at === undefined ? '' : `${name} differs at ${at.path || '(root)'}: ours ${brief(at.ours)}, ${name} ${brief(at.other)}`;
}

function firstDifference(a: unknown, b: unknown, path: string): { path: string; ours: unknown; other: unknown } | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return { path: `${path} (length)`, ours: a.length, other: b.length };
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return { path, ours: a, other: b };
}

function brief(value: unknown): string {
  const s = JSON.stringify(value) ?? 'undefined';
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}
