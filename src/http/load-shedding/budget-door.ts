import type { RequestHandler } from 'express';
import type { BudgetRefusals } from '../../graphql/limits/budget-refusals.ts';
import { clientOf } from './client-identity.ts';
import { refuse } from './in-flight.ts';

/**
 * Refuses, before reading its body, a request from a client that the cost budget refused and
 * told to retry later, until that time: 429 RATE_LIMITED naming GRAPHQL_COST_PER_MINUTE, with
 * the seconds left in Retry-After. Shedding at the door costs microseconds where a refusal by
 * the budget, after parsing, validating and costing, cost milliseconds (budget-refusals.ts).
 */
export function budgetDoor(refusals: BudgetRefusals, costPerMinute: number): RequestHandler {
  return (req, res, next) => {
    const waitS = refusals.waitS(clientOf(req));
    if (waitS === 0) return next();
    refuse(res, 'costPerMinute', costPerMinute, 'RATE_LIMITED', `this client's cost budget refused a request and said to retry in ${waitS} s; requests before then are refused unread`, waitS);
  };
}
