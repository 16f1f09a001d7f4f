import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exploreRouter } from './explore.ts';

/** The /explore mount over a small stand-in build, served on an OS-chosen loopback port. */
async function serve(distDir: string): Promise<{ base: string; close: () => void }> {
  const app = express();
  app.use('/explore', exploreRouter(distDir));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

describe('the explorer mount', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'explore-dist-'));
  let built: Awaited<ReturnType<typeof serve>>;
  let unbuilt: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>explorer</title>');
    writeFileSync(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
    built = await serve(dist);
    unbuilt = await serve(path.join(dist, 'missing'));
  });
  afterAll(() => {
    built.close();
    unbuilt.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers every deep link with index.html, revalidated, under a same-origin CSP', async () => {
    for (const url of ['/explore', '/explore/', '/explore/entity/imatinib', '/explore/therapies?route=oral']) {
      const res = await fetch(`${built.base}${url}`);
      expect(res.status, url).toBe(200);
      expect(await res.text()).toContain('<title>explorer</title>');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('serves hashed assets for a year, and a missing asset is a 404, not index.html', async () => {
    const asset = await fetch(`${built.base}/explore/assets/index-abc.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toMatch(/max-age=31536000, immutable/);
    const missing = await fetch(`${built.base}/explore/assets/index-old.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<title>explorer</title>');
  });

  it('says how to build the explorer when it has not been built', async () => {
    const res = await fetch(`${unbuilt.base}/explore/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:web');
  });
});
