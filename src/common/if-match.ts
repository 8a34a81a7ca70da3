import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { ValidationFailedError, VersionMismatchError } from './errors';

const ETAG_VERSION = /^(?:W\/)?"(\d{1,9})"$/;

export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = ETAG_VERSION.exec(header.trim());
  if (!match) {
    throw new ValidationFailedError('If-Match must be a version ETag such as "3"', [
      { field: 'If-Match', problem: 'must be a quoted version number' },
    ]);
  }
  return Number(match[1]);
}

/** The version the client last saw (from If-Match), or undefined when it did not say. */
export const IfMatch = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  parseIfMatch(context.switchToHttp().getRequest<Request>().header('if-match')),
);

/** Optimistic locking: a stale If-Match loses and nothing changes. */
export function assertVersion(expected: number | undefined, actual: number): void {
  if (expected !== undefined && expected !== actual)
    throw new VersionMismatchError(expected, actual);
}
