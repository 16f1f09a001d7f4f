/**
 * The burst scenario's cheap probe, in a worker thread of its own: the 64 attacker
 * connections live in the test's event loop, which spends its time parsing their answers
 * (up to 140 KB each), and a probe sharing that loop measured the load generator as much as
 * the service (its requests waited there for their turn; the service's own metrics showed
 * them answered in a tenth of the time). Plain JavaScript: a worker is not transformed.
 * workerData: { url, address, query, ids, until (Date.now() bound), everyMs }; posts the
 * list of { at (Date.now() when sent), ms, ok, detail } when done.
 */
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { url, address, query, ids, until, everyMs } = workerData;
const agent = new http.Agent({ keepAlive: true, localAddress: address, maxSockets: 1 });

function post(body) {
  const payload = JSON.stringify(body);
  return new Promise((resolve) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }, timeout: 30_000 }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        let parsed;
        try {
          parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
          parsed = undefined;
        }
        resolve({ status: res.statusCode ?? 0, body: parsed });
      });
      res.on('error', (err) => resolve({ status: -1, body: { error: err.message } }));
    });
    req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
    req.on('error', (err) => resolve({ status: -1, body: { error: err.message } }));
    req.end(payload);
  });
}

const probes = [];
for (let i = 0; Date.now() < until; i++) {
  const id = ids[i % ids.length];
  const at = Date.now();
  const t0 = performance.now();
  const res = await post({ query, variables: { id } });
  const ms = performance.now() - t0;
  const ok = res.status === 200 && res.body?.data?.therapy?.id === id && !res.body.errors;
  probes.push({ at, ms, ok, detail: ok ? '' : `${res.status} ${JSON.stringify(res.body).slice(0, 200)}` });
  await new Promise((r) => setTimeout(r, Math.max(0, everyMs - ms)));
}
agent.destroy();
parentPort.postMessage(probes);
