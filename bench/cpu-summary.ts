/**
 * `npx tsx bench/cpu-summary.ts <file.cpuprofile>`: where a CPU profile of our API (taken
 * with BENCH_CPU_PROF=1) spent its time, by package (node_modules/<pkg>, our src/ folders,
 * node internals) and by function, self time only, as percentages of all samples.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx bench/cpu-summary.ts <file.cpuprofile>');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
const total = profile.nodes.reduce((s, n) => s + n.hitCount, 0);

function owner(url: string, fn: string): string {
  if (!url) return fn === '(idle)' || fn === '(program)' || fn === '(garbage collector)' ? fn : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  const src = /\/(src\/[^/]+)\//.exec(url)?.[1];
  if (src) return src;
  return url.startsWith('node:') ? 'node internals' : url;
}

function top(by: (n: ProfileNode) => string, count: number): string[] {
  const sums = new Map<string, number>();
  for (const n of profile.nodes) sums.set(by(n), (sums.get(by(n)) ?? 0) + n.hitCount);
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}

console.log(`${total} samples\n\nby package:`);
console.log(top((n) => owner(n.callFrame.url, n.callFrame.functionName), 20).join('\n'));
console.log('\nby function:');
console.log(
  top((n) => `${n.callFrame.functionName || '(anonymous)'}  ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/main\//, '')}:${n.callFrame.lineNumber + 1}`, 30).join('\n'),
);
