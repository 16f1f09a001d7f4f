import type { RequestHandler } from 'express';
import type { Metrics } from './metrics.ts';

/** GET /metrics in Prometheus' text format. */
export function metricsRoute(metrics: Metrics): RequestHandler {
  return async (_req, res) => {
    res.set('content-type', metrics.registry.contentType);
    res.set('cache-control', 'no-store');
    res.send(await metrics.registry.metrics());
  };
}
