/**
 * The one way the browser tests and the docs scripts start Chromium: headless, with no
 * network of its own, in a fresh profile. The browser is CHROMIUM_PATH when set (a system
 * Chromium), else the one the `@sparticuz/chromium` npm package ships (unpacked to /tmp on
 * first use), so `npm install` brings everything. When none starts, the error is one line
 * saying why; nothing skips.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Flags that keep Chromium from reaching out (updates, sync, field trials) on a closed network. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class BrowserUnavailableError extends Error {}

export interface RunningBrowser {
  context: BrowserContext;
  browser: Browser;
  close(): Promise<void>;
}

async function executablePath(): Promise<string> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new BrowserUnavailableError(`CHROMIUM_PATH=${configured} does not exist`);
    return configured;
  }
  try {
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return await sparticuz.executablePath();
  } catch (err) {
    throw new BrowserUnavailableError(`the Chromium of @sparticuz/chromium could not be unpacked (${oneLine(err)}); run npm install, or set CHROMIUM_PATH`);
  }
}

/** Starts Chromium with a fresh user-data-dir (a persistent context owns it) and returns its one context. */
export async function launchChromium(viewport = { width: 1280, height: 900 }): Promise<RunningBrowser> {
  const exe = await executablePath();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'explorer-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: exe, headless: true, args: ARGS, viewport, timeout: 60_000 });
  } catch (err) {
    rmSync(profile, { recursive: true, force: true });
    throw new BrowserUnavailableError(`Chromium at ${exe} did not start: ${oneLine(err)}`);
  }
  return {
    context,
    browser: context.browser()!,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Loopback addresses only: the page may talk to this machine and nothing else. */
export function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * Aborts every request that would leave the machine and records it, and records console
 * errors and uncaught page errors, so a test can assert there were none.
 */
export async function watchPage(context: BrowserContext): Promise<{ offMachine: string[]; consoleErrors: string[]; attach(page: Page): void }> {
  const offMachine: string[] = [];
  const consoleErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    offMachine.push(url);
    return route.abort('blockedbyclient');
  });
  return {
    offMachine,
    consoleErrors,
    attach(page) {
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => consoleErrors.push(`page error: ${err.message}`));
    },
  };
}

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0]!.trim();
}
