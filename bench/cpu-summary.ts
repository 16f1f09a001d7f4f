/**
 * `npx tsx bench/cpu-summary.ts <file.cpuprofile>`: where a CPU profile of our API (taken
 * with BENCH_CPU_PROF=1) spent its time, as percentages of its busy samples (idle left out:
 * on a loaded machine most samples are idle, which says nothing about our code):
 * - by package (node_modules/<pkg>, our src/ folders, node internals), self time;
 * - by package, node internals, native code and GC counted to the nearest package or src/
 *   folder above them (a log line's write counts as pino's, a socket write as the driver's);
 * - by function, self time.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx bench/cpu-summary.ts <file.cpuprofile>');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
const IDLE = new Set(['(idle)', '(program)', '(root)']);
const busy = profile.nodes.filter((n) => !IDLE.has(n.callFrame.functionName));
const total = busy.reduce((s, n) => s + n.hitCount, 0);
const parent = new Map<number, ProfileNode>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n);

function owner(n: ProfileNode): string {
  const { url, functionName: fn } = n.callFrame;
  if (!url) return fn === '(garbage collector)' ? fn : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  const src = /\/((?:src|bench)\/[^/]+)\//.exec(url)?.[1];
  if (src) return src;
  return url.startsWith('node:') ? 'node internals' : url;
}

const UNOWNED = new Set(['node internals', '(native)', '(garbage collector)']);

/** The first owner above `n` (itself included) that is a package or a src/ folder. */
function ownerWithCallees(n: ProfileNode): string {
  for (let at: ProfileNode | undefined = n; at; at = parent.get(at.id)) {
    const o = owner(at);
    if (!UNOWNED.has(o)) return o;
  }
  return owner(n);
}

function top(by: (n: ProfileNode) => string, count: number): string[] {
  const sums = new Map<string, number>();
  for (const n of busy) sums.set(by(n), (sums.get(by(n)) ?? 0) + n.hitCount);
  return [...sums]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([k, v]) => `${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
}

const all = profile.nodes.reduce((s, n) => s + n.hitCount, 0);
console.log(`${all} samples, ${total} busy (${((100 * total) / all).toFixed(1)} %); shares of the busy ones\n\nby package, self time:`);
console.log(top(owner, 20).join('\n'));
console.log('\nby package, with the node internals, native code and GC it called:');
console.log(top(ownerWithCallees, 20).join('\n'));
console.log('\nby function, self time:');
console.log(
  top((n) => `${n.callFrame.functionName || '(anonymous)'}  ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/')}:${n.callFrame.lineNumber + 1}`, 40).join('\n'),
);
