import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';
import { DomainError, TooManyRequestsError } from './errors';
import { ErrorBody, errorBody } from './error-body';

const HTTP_CODES: Record<number, string> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** PostgreSQL error classes a client's input can cause, and what they mean to the client. */
const PG_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  '23505': {
    status: 409,
    code: 'DUPLICATE',
    message: 'A resource with the same unique value exists',
  },
  '23503': { status: 409, code: 'REFERENCE_CONFLICT', message: 'A referenced resource is missing' },
  '23502': { status: 400, code: 'VALIDATION_FAILED', message: 'A required value is missing' },
  '23514': {
    status: 400,
    code: 'VALIDATION_FAILED',
    message: 'A value is outside its allowed set',
  },
  '22021': { status: 400, code: 'VALIDATION_FAILED', message: 'A text contains a NUL character' },
  '22P02': { status: 400, code: 'VALIDATION_FAILED', message: 'A value has the wrong format' },
  '22001': { status: 400, code: 'VALIDATION_FAILED', message: 'A value is too long' },
  '22003': { status: 400, code: 'VALIDATION_FAILED', message: 'A number is out of range' },
  '22007': { status: 400, code: 'VALIDATION_FAILED', message: 'A date is invalid' },
  '22008': { status: 400, code: 'VALIDATION_FAILED', message: 'A date is out of range' },
  '40001': { status: 409, code: 'CONCURRENT_UPDATE', message: 'A concurrent change won; retry' },
  '40P01': { status: 409, code: 'CONCURRENT_UPDATE', message: 'A concurrent change won; retry' },
};

function fromHttpException(exception: HttpException): ErrorBody {
  const status = exception.getStatus();
  const response = exception.getResponse();
  const message =
    typeof response === 'string'
      ? response
      : Array.isArray((response as { message?: unknown }).message)
        ? ((response as { message: string[] }).message.join('; ') as string)
        : String((response as { message?: unknown }).message ?? exception.message);
  return errorBody(status, HTTP_CODES[status] ?? `HTTP_${status}`, message);
}

/** Maps every error to the contract's error body; only a real fault becomes a 500. */
export function toErrorBody(exception: unknown, logger: Logger): ErrorBody {
  if (exception instanceof DomainError) {
    return errorBody(exception.status, exception.code, exception.message, exception.details);
  }
  if (exception instanceof HttpException) return fromHttpException(exception);
  if (exception instanceof QueryFailedError) {
    const known = PG_ERRORS[(exception.driverError as { code?: string })?.code ?? ''];
    if (known) {
      const detail = (exception.driverError as { detail?: string }).detail;
      return errorBody(
        known.status,
        known.code,
        detail ? `${known.message}: ${detail}` : known.message,
      );
    }
  }
  if (isDatabaseUnavailable(exception)) {
    return errorBody(503, 'SERVICE_UNAVAILABLE', 'The database is unavailable; try again shortly');
  }
  logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : exception);
  return errorBody(500, 'INTERNAL_ERROR', 'An unexpected error occurred');
}

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = toErrorBody(exception, this.logger);
    if (response.headersSent) return;
    if (body.statusCode === 503) response.setHeader('Retry-After', '5');
    if (exception instanceof TooManyRequestsError) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    response.status(body.statusCode).json(body);
  }
}
