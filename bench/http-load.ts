/**
 * One HTTP slot with autocannon: `connections` keep-alive connections POST the same GraphQL
 * request for `durationS` seconds. Latencies are taken from autocannon's per-response event
 * (float ms; its own histogram rounds to whole ms), and a 200 whose body holds GraphQL
 * `errors` counts as an error too.
 */
import autocannon from 'autocannon';
import type { LoadOptions, Slot } from './slot.ts';
import { Samples } from './stats.ts';

export interface HttpTarget {
  url: string;
  body: string;
}

export function runHttpSlot(target: HttpTarget, o: LoadOptions): Promise<Slot> {
  const samples = new Samples();
  let graphqlErrors = 0;
  let bytes = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: target.body,
        connections: o.connections,
        duration: o.durationS,
        timeout: 10,
        verifyBody: (body) => {
          const ok = !body.includes('"errors":');
          if (!ok) graphqlErrors += 1;
          return ok;
        },
      },
      (err, result) => {
        if (err) return reject(err);
        resolve({
          requests: result.requests.total,
          seconds: result.duration,
          samples,
          errors: result.errors,
          non2xx: result.non2xx,
          graphqlErrors,
          bytes,
        });
      },
    );
    instance.on('response', (_client, statusCode, responseBytes, responseTime) => {
      bytes += responseBytes;
      if (statusCode >= 200 && statusCode < 300) samples.add(responseTime);
    });
  });
}
