import { isUtf8 } from 'node:buffer';
import express, { type NextFunction, type Request, type Response } from 'express';
import {
  DomainError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationFailedError,
} from './errors';
import { jsonNestsDeeperThan, MAX_JSON_DEPTH } from './json-depth';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

/**
 * Why a request's body was refused while it was read, kept for the route's guard to throw
 * (RequestInputGuard): the parsers run before routing, and only the route knows whether its
 * errors are the API's JSON or a page in Swedish.
 */
const refusals = new WeakMap<Request, DomainError>();

export function bodyRefusal(request: Request): DomainError | undefined {
  return refusals.get(request);
}

/** The raw JSON bytes, before they are decoded and parsed: UTF-8, and not nested too deep. */
function verifyJson(_request: Request, _response: Response, body: Buffer, encoding: string) {
  if (encoding !== 'utf-8' && encoding !== 'utf8') {
    throw new UnsupportedMediaTypeError(`JSON bodies must be UTF-8, not ${encoding}`);
  }
  if (!isUtf8(body)) {
    throw new ValidationFailedError('The body is not valid UTF-8: a byte sequence is malformed');
  }
  if (jsonNestsDeeperThan(body, MAX_JSON_DEPTH)) {
    throw new ValidationFailedError(`The body is nested deeper than ${MAX_JSON_DEPTH} levels`);
  }
}

function refusalOf(error: BodyParserError): DomainError | null {
  if (error instanceof DomainError) return error;
  const clientError = error.status !== undefined && error.status >= 400 && error.status < 500;
  if (!error.type && !clientError) return null;
  if (error.type === 'entity.too.large') {
    return new PayloadTooLargeError(`The body exceeds the limit of ${error.limit} bytes`);
  }
  if (error.type === 'entity.parse.failed')
    return new ValidationFailedError('The body is not valid JSON');
  if (error.status === 413) return new PayloadTooLargeError(error.message);
  if (error.status === 415) return new UnsupportedMediaTypeError(error.message);
  return new ValidationFailedError(error.message);
}

function keepRefusal(
  error: BodyParserError,
  request: Request,
  _response: Response,
  next: NextFunction,
): void {
  const refusal = refusalOf(error);
  if (!refusal) return next(error);
  refusals.set(request, refusal);
  next();
}

/** JSON for the API, forms for the pages; what they refuse is kept (see bodyRefusal). */
export function bodyParsing(limitBytes: number) {
  return [
    express.json({ limit: limitBytes, verify: verifyJson }),
    express.urlencoded({ extended: false, limit: limitBytes }),
    keepRefusal,
  ];
}
