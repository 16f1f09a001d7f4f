/** `1 node`, `2 nodes`, `1,234 relationships`: a number and its noun, in the right number. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}
