import type { Request } from 'express';

/**
 * Who a request comes from, for the limits that are per client (in flight, cost per minute):
 * the address of the TCP peer. A header (X-Forwarded-For) would let any client claim to be
 * many; behind a reverse proxy every client is the proxy, so per-client limits are then the
 * proxy's to enforce. IPv4 peers of a dual-stack socket (`::ffff:127.0.0.2`) are named as IPv4.
 */
export function clientOf(req: Request): string {
  const address = req.socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}
