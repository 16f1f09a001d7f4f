import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { projectRoot } from '../config.ts';
import { notFoundPath } from './not-found.ts';

/** Where `npm run build:web` (run by `npm start` first) writes the explorer. */
export const EXPLORER_DIST = path.join(projectRoot, 'web', 'dist');

/**
 * Content-Security-Policy of the explorer: everything from this origin, nothing from
 * elsewhere (the page must work offline, and a stray CDN reference fails loudly). Inline
 * style attributes carry the kind colours.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/**
 * The explorer (web/) at /explore: its built files, and index.html for every other path
 * under it (history fallback), so deep links like /explore/entity/imatinib survive a reload.
 * Hashed assets are cached for a year; index.html is revalidated every time, so a new build
 * is picked up at once. A missing build is a 503 page saying how to build it.
 */
export function exploreRouter(distDir: string = EXPLORER_DIST): Router {
  const router = express.Router();
  const index = path.join(distDir, 'index.html');
  router.use((_req, res, next) => {
    res.setHeader('content-security-policy', CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    next();
  });
  router.use(
    '/assets',
    express.static(path.join(distDir, 'assets'), { index: false, redirect: false, immutable: true, maxAge: '365d', fallthrough: true }),
    notFoundPath,
  );
  router.get('/{*rest}', (_req, res) => {
    if (!existsSync(index)) {
      res.status(503).type('text/plain').send('The explorer has not been built: run `npm run build:web` (npm start does it first).');
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
