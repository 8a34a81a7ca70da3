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
  const clientError = error.status !== undefined && error.status >= 400 && error.status < 500;
  if (!error.type && !clientError) return next(error);
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
  const status = clientError ? error.status! : 400;
  const code = status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'VALIDATION_FAILED';
  response.status(status).json(errorBody(status, code, error.message));
}
