import type { RequestHandler } from 'express';
import { echo } from '../graphql/errors/user-errors.ts';
import { jsonError } from './json-error.ts';

/** Unknown paths: a JSON 404 in the API's error shape (not Express's HTML page), the path cut short. */
export const notFoundPath: RequestHandler = (req, res) => {
  res.status(404).json(jsonError(`no such path: ${req.method} ${echo(req.path)}; the API is at /graphql`, 'NOT_FOUND'));
};
