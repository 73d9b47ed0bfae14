import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';

/** The one error type routes throw; it becomes `{ error: { code, message } }` with `status`. */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'AppError';
    this.status = status;
    this.code = code;
  }
}

/** The body size limit of every JSON request (documented in the README). */
export const JSON_BODY_LIMIT = '2mb';

/** Parses input with a zod schema, turning the first problem into a 400 that names the field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown, where: 'body' | 'query' | 'path'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw fromZod(result.error, where);
}

function fromZod(error: z.ZodError, where: string): AppError {
  const issue = error.issues[0]!;
  const field = issue.path.length > 0 ? issue.path.join('.') : where;
  if (issue.code === 'unrecognized_keys') {
    return new AppError(400, 'unknown_field', `${where === 'body' ? 'unknown field' : 'unknown parameter'} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`);
  }
  if (issue.code === 'custom' && typeof issue.params?.code === 'string') {
    return new AppError(400, issue.params.code, `${field}: ${issue.message}`);
  }
  if (issue.code === 'invalid_type') {
    const missing = /received undefined$/.test(issue.message);
    return new AppError(400, missing ? 'missing_field' : 'invalid_type', missing ? `${field} is required` : `${field}: expected ${issue.expected}`);
  }
  return new AppError(400, 'invalid_value', `${field}: ${issue.message}`);
}

export const notFound: RequestHandler = (req) => {
  throw new AppError(404, 'not_found', `no route for ${req.method} ${req.path}`);
};

/** body-parser's error types, mapped to our codes. */
const BODY_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'invalid_json', 'the request body is not valid JSON'],
  'entity.too.large': [413, 'payload_too_large', `the request body is larger than ${JSON_BODY_LIMIT}`],
  'entity.invalid_utf8': [400, 'invalid_utf8', 'the request body is not valid UTF-8'],
  'entity.verify.failed': [400, 'invalid_body', 'the request body could not be read'],
  'charset.unsupported': [415, 'unsupported_charset', 'only UTF-8 JSON is accepted'],
  'encoding.unsupported': [415, 'unsupported_encoding', 'unsupported content encoding'],
  'request.aborted': [400, 'request_aborted', 'the request was aborted'],
  'request.size.invalid': [400, 'invalid_body', 'the request body does not match its Content-Length'],
  'stream.encoding.set': [500, 'internal_error', 'internal error'],
};

/**
 * The last middleware: known errors keep their status and code, anything else becomes a 500
 * whose details go to the log, never to the client.
 */
export function errorHandler(logger?: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    let status = 500;
    let code = 'internal_error';
    let message = 'internal error';
    const type = (err as { type?: unknown })?.type;
    if (err instanceof AppError) {
      ({ status, code, message } = err);
    } else if (typeof type === 'string' && BODY_ERRORS[type]) {
      [status, code, message] = BODY_ERRORS[type];
    } else if (err instanceof z.ZodError) {
      ({ status, code, message } = fromZod(err, 'request'));
    } else {
      const clientStatus = (err as { status?: unknown })?.status;
      if (typeof clientStatus === 'number' && clientStatus >= 400 && clientStatus < 500) {
        status = clientStatus;
        code = 'bad_request';
        message = 'the request could not be processed';
      }
    }
    if (status >= 500) logger?.error({ err, method: req.method, url: req.originalUrl }, 'request failed');
    res.status(status).json({ error: { code, message } });
  };
}
