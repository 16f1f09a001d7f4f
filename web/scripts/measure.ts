/**
 * The explorer's weight and speed, as the docs report them (web/README.md):
 * - the first view's JavaScript and CSS, gzipped: the entry chunk and everything it imports
 *   statically, from the build's manifest (lazy chunks such as Cytoscape's are listed apart);
 * - the first-view time in the browser tests' Chromium, against a running service, with the
 *   HTTP cache off: from navigation start to the first contentful paint, and to the view's
 *   data on screen; the median of 5 loads of each URL.
 *   npm run build:web && npm run docs:measure -- http://127.0.0.1:4000
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXPLORER_DIST } from '../../src/http/explore.ts';
import { launchChromium } from '../../test/browser/support/chromium.ts';

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

const base = (process.argv[2] ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
const RUNS = 5;
const VIEWS = [
  { url: '/explore/', ready: 'main h1' },
  { url: '/explore/entity/imatinib', ready: 'li.fact' },
  { url: '/explore/therapies', ready: 'table.results tbody tr' },
];

function gz(file: string): number {
  return gzipSync(readFileSync(path.join(EXPLORER_DIST, file)), { level: 9 }).length;
}

function bundleSizes(): void {
  const manifest = JSON.parse(readFileSync(path.join(EXPLORER_DIST, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const first = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key]!;
    if (first.has(chunk.file)) return;
    first.add(chunk.file);
    for (const css of chunk.css ?? []) first.add(css);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  visit(entryKey);
  const js = [...first].filter((f) => f.endsWith('.js'));
  const css = [...first].filter((f) => f.endsWith('.css'));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`first view JS: ${kb(js.reduce((s, f) => s + gz(f), 0))} gzipped (${js.join(', ')})`);
  console.log(`first view CSS: ${kb(css.reduce((s, f) => s + gz(f), 0))} gzipped`);
  const lazy = Object.values(manifest).filter((c) => !first.has(c.file) && c.file.endsWith('.js'));
  for (const chunk of lazy) console.log(`lazy chunk ${chunk.file}: ${kb(gz(chunk.file))} gzipped`);
}

async function firstViewTimes(): Promise<void> {
  const running = await launchChromium();
  try {
    const page = await running.context.newPage();
    const cdp = await running.context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    for (const view of VIEWS) {
      const fcp: number[] = [];
      const ready: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await page.goto(`${base}${view.url}`, { waitUntil: 'commit' });
        // Checked in the page on every animation frame, so the time is the page's own, not
        // the test driver's round trip.
        const at = await page.waitForFunction(
          (selector) => ((globalThis as any).document.querySelector(selector) ? performance.now() : false),
          view.ready,
          { polling: 'raf' },
        );
        ready.push((await at.jsonValue()) as number);
        fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
      }
      console.log(`${view.url}: first contentful paint ${median(fcp)} ms, data on screen ${median(ready)} ms (median of ${RUNS}, cache off)`);
    }
  } finally {
    await running.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]!);
}

bundleSizes();
await firstViewTimes();
