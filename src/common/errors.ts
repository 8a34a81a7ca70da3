/** A problem with one field of a request, as reported to the client. */
export interface FieldProblem {
  field: string;
  problem: string;
}

/** Errors the domain raises on purpose; the exception filter maps them to the contract's shape. */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly code: string;

  constructor(
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
  }
}

export class ValidationFailedError extends DomainError {
  readonly status = 400;
  readonly code = 'VALIDATION_FAILED';
}

export class UnauthenticatedError extends DomainError {
  readonly status = 401;
  readonly code = 'UNAUTHENTICATED';
}

export class ForbiddenRoleError extends DomainError {
  readonly status = 403;
  readonly code = 'FORBIDDEN';
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly code = 'NOT_FOUND';

  constructor(resource: string, key: string) {
    super(`${resource} ${key} was not found`);
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly code: string;

  constructor(message: string, code = 'CONFLICT', details: FieldProblem[] = []) {
    super(message, details);
    this.code = code;
  }
}

export class InvalidStateTransitionError extends ConflictError {
  constructor(action: string, currentStatus: string) {
    super(`Cannot ${action} a survey that is ${currentStatus}`, 'INVALID_STATE_TRANSITION');
  }
}

export class VersionMismatchError extends DomainError {
  readonly status = 412;
  readonly code = 'VERSION_MISMATCH';

  constructor(expected: number, actual: number) {
    super(`If-Match version ${expected} does not match the current version ${actual}`);
  }
}

export class PayloadTooLargeError extends DomainError {
  readonly status = 413;
  readonly code = 'PAYLOAD_TOO_LARGE';
}

export class UnsupportedMediaTypeError extends DomainError {
  readonly status = 415;
  readonly code = 'UNSUPPORTED_MEDIA_TYPE';
}

export class IdempotencyKeyReusedError extends DomainError {
  readonly status = 422;
  readonly code = 'IDEMPOTENCY_KEY_REUSED';
}

export class TooManyRequestsError extends DomainError {
  readonly status = 429;
  readonly code = 'RATE_LIMITED';

  constructor(
    message: string,
    /** Whole seconds until the client may try again, for Retry-After. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export class ServiceUnavailableError extends DomainError {
  readonly status = 503;
  readonly code = 'SERVICE_UNAVAILABLE';
}
