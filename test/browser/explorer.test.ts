/**
 * The explorer in a real headless Chromium (playwright-core) against the real service over
 * the real Neo4j with the shipped seed. One browser and one service for the file; every
 * request that would leave the machine is aborted and recorded, and the last test fails if
 * there was any, or any console error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPLORER_DIST } from '../../src/http/explore.ts';
import { ensureShippedSeed } from '../support/seeded.ts';
import { useService } from '../support/service.ts';
import { buildExplorer } from './support/build-web.ts';
import { launchChromium, watchPage, type RunningBrowser } from './support/chromium.ts';

// Generous timeouts: the first statements on a cold Neo4j are planned slowly on a busy
// 2-core machine; these tests are about the explorer, the benchmark measures query speed.
describe('the explorer in a browser', { timeout: 180_000 }, () => {
  // Production mode, as a deployment runs it (no Sandbox, no stack traces, no introspection).
  const service = useService({ NODE_ENV: 'production', QUERY_TIMEOUT_MS: '60000' });
  const base = () => service().url.replace(/\/graphql$/, '');
  // Started by the first test that needs it, not in beforeAll: when no browser can start,
  // every test fails with that one line (a failed beforeAll would report them as skipped).
  let started: Promise<{ browser: RunningBrowser; watch: Awaited<ReturnType<typeof watchPage>>; page: Page }> | undefined;
  const session = () =>
    (started ??= (async () => {
      await ensureShippedSeed();
      buildExplorer();
      const browser = await launchChromium();
      const watch = await watchPage(browser.context);
      const page = await browser.context.newPage();
      page.setDefaultTimeout(60_000);
      watch.attach(page);
      return { browser, watch, page };
    })());
  const open = async (url: string): Promise<Page> => {
    const { page } = await session();
    await page.goto(`${base()}${url}`);
    return page;
  };

  afterAll(async () => {
    const s = await started?.catch(() => undefined);
    await s?.browser.close();
  });

  it('finds imatinib from a misspelt brand name, grouped by kind, and opens it', async () => {
    const page = await open('/explore/');
    await page.getByRole('searchbox', { name: 'Search' }).fill('gleevc');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await page.waitForURL('**/explore/search?q=gleevc');
    const therapies = page.locator('section.result-group', { has: page.getByRole('heading', { name: /^Therapies/ }) });
    await therapies.getByRole('link', { name: 'Imatinib' }).click();
    await page.waitForURL('**/explore/entity/imatinib');
    await page.getByRole('heading', { level: 1, name: 'Imatinib', exact: true }).waitFor();
    expect(await page.locator('.attributes').textContent()).toContain('Gleevec');
  });

  it('shows each fact of a therapy with the titles of its citations, and its claims with excerpts', async () => {
    const page = await open('/explore/entity/imatinib');
    const oral = page.locator('li.fact', { has: page.getByRole('link', { name: /^Oral/ }) }).first();
    await oral.waitFor();
    expect(await oral.locator('.relationship').textContent()).toBe('administered via');
    const citationTitles = await oral.locator('a.citation').allTextContents();
    expect(citationTitles.length).toBeGreaterThan(0);
    expect(citationTitles.every((t) => t.trim().length > 3)).toBe(true);
    const claims = page.locator('ul.claims > li');
    expect(await claims.count()).toBeGreaterThan(0);
    expect(await claims.first().locator('.support').textContent()).toMatch(/supported|unsupported/);
  });

  it('draws the neighbourhood graph, shows a fact with its sources, and the depth-2 graph of leukemia', async () => {
    const page = await open('/explore/entity/imatinib');
    const canvas = page.locator('.graph-canvas');
    await expect.poll(async () => Number(await canvas.getAttribute('data-nodes')), { timeout: 60_000 }).toBeGreaterThan(3);
    expect(await canvas.locator('canvas').count()).toBeGreaterThan(0);
    const factSelect = page.getByLabel('Show a fact');
    const option = (await factSelect.locator('option').nth(1).getAttribute('value'))!;
    await factSelect.selectOption(option);
    expect(await page.locator('.fact-details a.citation').count()).toBeGreaterThan(0);

    await open('/explore/entity/leukemia');
    await expect.poll(async () => Number(await canvas.getAttribute('data-nodes')), { timeout: 60_000 }).toBeGreaterThan(1);
    const depth1 = Number(await canvas.getAttribute('data-nodes'));
    await page.getByLabel('Depth').selectOption('2');
    await expect.poll(async () => Number(await canvas.getAttribute('data-nodes')), { timeout: 60_000 }).toBeGreaterThan(depth1);
    // The page still answers at once after drawing the hub's depth-2 graph.
    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => (globalThis as any).requestAnimationFrame(resolve)));
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('finds a path between two entities, each hop with its citations', async () => {
    const page = await open('/explore/paths?from=imatinib&to=gastrointestinal-stromal-tumor');
    const step = page.locator('ol.paths li.step').first();
    await step.waitFor();
    expect(await step.textContent()).toMatch(/used for/);
    expect(await step.locator('a.citation').count()).toBeGreaterThan(0);
  });

  it('lists the audit with counts, and an id of a finding leads to its view', async () => {
    const page = await open('/explore/audit');
    await page.locator('table.audit-summary').waitFor();
    const counts = await page.locator('table.audit-summary td.num').allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    const link = page.locator('section.finding li a').first();
    const id = (await link.textContent())!;
    await link.click();
    await page.waitForURL(`**/explore/entity/${id}`);
    await page.locator('article.entity').waitFor();
    expect(await page.locator('.kind-line code').textContent()).toBe(id);
  });

  it('keeps the finder state in the URL: a deep link survives a reload', async () => {
    const page = await open('/explore/therapies?route=oral&cancerType=leukemia');
    const rows = page.locator('table.results tbody tr');
    await rows.first().waitFor();
    const before = await rows.locator('td:last-child').allTextContents();
    expect(before).toContain('imatinib');
    expect(await page.getByRole('checkbox', { name: /^Oral/ }).isChecked()).toBe(true);
    expect(await page.locator('fieldset.facet').count()).toBe(5);
    await page.reload();
    await rows.first().waitFor();
    expect(await rows.locator('td:last-child').allTextContents()).toEqual(before);
    expect(await page.getByRole('checkbox', { name: /^Oral/ }).isChecked()).toBe(true);
  });

  it('says an unknown id is not found, in the page', async () => {
    const page = await open('/explore/entity/no-such-entity');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Not found');
    expect(await alert.textContent()).toContain('no-such-entity');
  });

  it('logged no console error and sent no request off the machine; the build references nothing remote', async () => {
    const { watch } = await session();
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.offMachine).toEqual([]);
    const built = readdirSync(path.join(EXPLORER_DIST, 'assets')).map((f) => path.join('assets', f));
    for (const file of ['index.html', ...built]) {
      const text = readFileSync(path.join(EXPLORER_DIST, file), 'utf8');
      expect(text, file).not.toMatch(/(src|href)=["']?(https?:)?\/\//);
      expect(text, file).not.toMatch(/import\(["']https?:/);
    }
  });
});
