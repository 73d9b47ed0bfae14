import type { Request } from 'express';
import { AppError } from './errors.ts';

/** The parsed JSON body of a request, or the 400/415 every JSON endpoint answers without one. */
export function jsonBody(req: Request): unknown {
  if (!req.is('application/json')) {
    const hasBody = req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0');
    if (req.headers['content-type'] === undefined && !hasBody) throw new AppError(400, 'missing_body', 'the request needs a JSON body');
    throw new AppError(415, 'unsupported_media_type', 'send the request body as application/json');
  }
  return req.body;
}
