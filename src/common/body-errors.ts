import type { NextFunction, Request, Response } from 'express';
import { errorBody } from './error-body';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

/** Errors of the body parser (too large, not JSON) in the contract's shape, not Express's HTML. */
export function bodyErrors(
  error: BodyParserError,
  _request: Request,
  response: Response,
  next: NextFunction,
): void {
  if (!error.type) return next(error);
  if (error.type === 'entity.too.large') {
    response
      .status(413)
      .json(
        errorBody(413, 'PAYLOAD_TOO_LARGE', `The body exceeds the limit of ${error.limit} bytes`),
      );
    return;
  }
  if (error.type === 'entity.parse.failed') {
    response.status(400).json(errorBody(400, 'VALIDATION_FAILED', 'The body is not valid JSON'));
    return;
  }
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 400;
  response.status(status).json(errorBody(status, 'BAD_REQUEST', error.message));
}
