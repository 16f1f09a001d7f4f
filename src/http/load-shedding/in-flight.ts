import type { RequestHandler } from 'express';
import { describeLimit, type LimitName } from '../../graphql/limits/limit-error.ts';
import { jsonError } from '../json-error.ts';
import { clientOf } from './client-identity.ts';

export interface InFlightLimits {
  /** Requests the service works on at once (0: no limit). */
  maxInFlight: number;
  /** Requests one client may have in flight at once (0: no limit). */
  maxInFlightPerClient: number;
}

/**
 * Sheds load before any work: a request over the service's in-flight limit, or over its
 * client's, is answered 429 at once with `Retry-After: 1` and a GraphQL-shaped error naming
 * the limit (OVERLOADED for the service's, RATE_LIMITED for the client's own). Without it,
 * 64 connections of one client held every Neo4j connection and starved everyone else (issue
 * #15); with it, a client holds at most its share and everything past that costs one short
 * answer. A request counts from its arrival until its response is sent or its connection closes.
 */
export function inFlightLimit(limits: InFlightLimits): RequestHandler {
  let total = 0;
  const perClient = new Map<string, number>();
  return (req, res, next) => {
    const client = clientOf(req);
    const mine = perClient.get(client) ?? 0;
    if (limits.maxInFlight > 0 && total >= limits.maxInFlight) {
      return refuse(res, 'maxInFlight', limits.maxInFlight, 'OVERLOADED', `the service has ${total} requests in flight, its limit; retry shortly`);
    }
    if (limits.maxInFlightPerClient > 0 && mine >= limits.maxInFlightPerClient) {
      return refuse(res, 'maxInFlightPerClient', limits.maxInFlightPerClient, 'RATE_LIMITED', `this client has ${mine} requests in flight, its limit; wait for an answer before sending more`);
    }
    total += 1;
    perClient.set(client, mine + 1);
    res.once('close', () => {
      total -= 1;
      const left = (perClient.get(client) ?? 1) - 1;
      if (left > 0) perClient.set(client, left);
      else perClient.delete(client);
    });
    next();
  };
}

/**
 * A 429 naming the limit, as GraphQL-shaped JSON, before any GraphQL work. Written with
 * Node's own response calls rather than Express's res.json, which parses the content type it
 * sets and checks freshness on every call: an attacker's refusals come by the hundred a
 * second (the burst scenario), and each is the whole of the work its request gets.
 */
export function refuse(res: Parameters<RequestHandler>[1], name: LimitName, max: number, code: string, message: string, retryAfterS = 1): void {
  const described = describeLimit(name, max, undefined, message);
  const body = JSON.stringify(jsonError(described.message, code, { limit: described.limit, retryAfter: retryAfterS }));
  res.writeHead(429, { 'retry-after': String(retryAfterS), 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}
