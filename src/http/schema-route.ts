import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';

/**
 * GET /schema.graphql: the printed SDL for client tooling (graphql-codegen, the Relay
 * compiler, IDE plugins). It changes only with a deployment, so it is cacheable and carries
 * a strong ETag; Express answers If-None-Match with 304.
 */
export function schemaRoute(sdl: string, maxAgeSeconds: number): RequestHandler {
  const etag = `"${createHash('sha256').update(sdl).digest('base64url').slice(0, 27)}"`;
  return (_req, res) => {
    res.set({
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': maxAgeSeconds > 0 ? `public, max-age=${maxAgeSeconds}` : 'no-cache',
      etag,
    });
    res.send(sdl);
  };
}
