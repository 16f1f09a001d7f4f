/**
 * Screenshots of each view for the docs (docs/screenshots/*.png), taken with the same
 * Chromium as the browser tests, from a running service:
 *   npm start            # in another terminal (or PORT=... npm start)
 *   npm run docs:screenshots -- http://127.0.0.1:4000
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config.ts';
import { launchChromium, watchPage } from '../../test/browser/support/chromium.ts';

const base = (process.argv[2] ?? 'http://127.0.0.1:4000').replace(/\/$/, '');
const out = path.join(projectRoot, 'docs', 'screenshots');

/** Each view, the URL that shows it, and what must be on the page before the picture. */
const VIEWS = [
  { name: 'search', url: '/explore/search?q=gleevc', ready: 'a[href="/explore/entity/imatinib"]' },
  { name: 'therapy-finder', url: '/explore/therapies?cancerType=leukemia', ready: 'table.results tbody tr' },
  { name: 'entity', url: '/explore/entity/imatinib', ready: '.graph-canvas[data-nodes]:not([data-nodes="0"])', fullPage: true },
  { name: 'graph-depth-2', url: '/explore/entity/leukemia', ready: '.graph-canvas[data-nodes]:not([data-nodes="0"])', depth: 2, clip: '.graph-panel' },
  { name: 'citation', url: '/explore/entity/label-gleevec', ready: '#supports-heading' },
  { name: 'paths', url: '/explore/paths?from=imatinib&to=gastrointestinal-stromal-tumor', ready: 'ol.paths' },
  { name: 'audit', url: '/explore/audit', ready: 'table.audit-summary' },
] as const;

async function main(): Promise<void> {
  mkdirSync(out, { recursive: true });
  const running = await launchChromium({ width: 1280, height: 900 });
  try {
    const watch = await watchPage(running.context);
    const page = await running.context.newPage();
    watch.attach(page);
    for (const view of VIEWS) {
      await page.goto(`${base}${view.url}`);
      await page.waitForSelector(view.ready, { timeout: 30_000 });
      if ('depth' in view) {
        await page.getByLabel('Depth').selectOption(String(view.depth));
        await page.waitForFunction(() => (globalThis as any).document.querySelector('.graph-summary')?.textContent?.includes('nodes'));
        await page.waitForTimeout(300);
      }
      const file = path.join(out, `${view.name}.png`);
      if ('clip' in view) await page.locator(view.clip).screenshot({ path: file });
      else await page.screenshot({ path: file, fullPage: 'fullPage' in view });
      console.log(`wrote ${path.relative(projectRoot, file)}`);
    }
    if (watch.consoleErrors.length || watch.offMachine.length) {
      throw new Error(`console errors: ${watch.consoleErrors.join(' | ') || 'none'}; off-machine requests: ${watch.offMachine.join(' ') || 'none'}`);
    }
  } finally {
    await running.close();
  }
}

main().catch((err: unknown) => {
  console.error(`screenshots: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
  process.exit(1);
});
