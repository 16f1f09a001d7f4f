import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { SeedVersion } from './seed-version.ts';

/**
 * HTTP caching of answers. The graph changes only when a seed loads, so a GET answer
 * without errors is `Cache-Control: public, max-age=N` (N from the schema's cache hints:
 * CACHE_MAX_AGE by default) with a strong ETag over the seed version, the negotiated media
 * type and the body; Express answers a matching If-None-Match with 304 (res.send checks
 * freshness for GET). Everything else (POST, errors, 503s) is `no-store`: a POST is not
 * cacheable by browsers or CDNs anyway, and an error must not outlive its cause.
 */
export function httpCachingPlugin(seedVersion: SeedVersion): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, overallCachePolicy }) {
          const headers = response.http.headers;
          const policy = overallCachePolicy.policyIfCacheable();
          const body = response.body.kind === 'single' ? response.body.singleResult : undefined;
          const ok = (response.http.status ?? 200) === 200 && body !== undefined && !body.errors;
          if (request.http?.method !== 'GET' || !policy || !ok) {
            headers.set('cache-control', 'no-store');
            return;
          }
          const accept = request.http.headers.get('accept') ?? '';
          headers.set('cache-control', `${policy.scope.toLowerCase()}, max-age=${policy.maxAge}`);
          headers.set('etag', strongEtag(seedVersion.current, accept, JSON.stringify(body)));
          // The media type is negotiated from Accept; a shared cache must keep one per value.
          headers.set('vary', [headers.get('vary'), 'accept'].filter(Boolean).join(', '));
        },
      };
    },
  };
}

function strongEtag(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return `"${hash.digest('base64url').slice(0, 27)}"`;
}
