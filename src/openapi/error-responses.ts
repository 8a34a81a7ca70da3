import { applyDecorators } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiProperty,
  ApiResponse,
  getSchemaPath,
  type ResponseObject,
} from '@nestjs/swagger';
import { type ErrorBody, errorBody } from '../common/error-body';
import type { FieldProblem } from '../common/errors';

export class FieldProblemResponse implements FieldProblem {
  @ApiProperty({ example: 'title' }) field: string;
  @ApiProperty({ example: 'title must be shorter than or equal to 300 characters' })
  problem: string;
}

/** The one error shape of the API, whatever the status. */
export class ErrorResponse implements ErrorBody {
  @ApiProperty({ type: 'integer', minimum: 400, maximum: 599, example: 404 }) statusCode: number;
  @ApiProperty({ description: 'The reason phrase of statusCode', example: 'Not Found' })
  error: string;
  @ApiProperty({
    pattern: '^[A-Z][A-Z0-9_]*$',
    description: 'Stable and machine-readable, e.g. VALIDATION_FAILED, NOT_FOUND, DUPLICATE',
    example: 'NOT_FOUND',
  })
  code: string;
  @ApiProperty({ example: 'Survey ENK-2021-0042 was not found' }) message: string;
  @ApiProperty({
    type: [FieldProblemResponse],
    description: 'The fields or parameters at fault; empty when none is',
  })
  details: FieldProblemResponse[];
}

interface ErrorCase {
  description: string;
  example: ErrorBody;
}

/** What each error status means in this API, with an answer the service gives for it. */
const ERROR_CASES = {
  400: {
    description:
      'Invalid input: a malformed or unknown field, parameter or header (VALIDATION_FAILED)',
    example: errorBody(400, 'VALIDATION_FAILED', 'limit must not be greater than 500', [
      { field: 'limit', problem: 'limit must not be greater than 500' },
    ]),
  },
  401: {
    description: 'No API key, or an unknown or revoked one (UNAUTHENTICATED)',
    example: errorBody(401, 'UNAUTHENTICATED', 'The API key is unknown or revoked'),
  },
  403: {
    description: "The key's role may not do this (FORBIDDEN)",
    example: errorBody(403, 'FORBIDDEN', 'The role network may not do this; allowed: admin, skr'),
  },
  404: {
    description: 'Not found (NOT_FOUND)',
    example: errorBody(404, 'NOT_FOUND', 'Survey ENK-2021-0042 was not found'),
  },
  409: {
    description: 'Conflicts with the current state: a duplicate, or a transition not allowed',
    example: errorBody(409, 'INVALID_STATE_TRANSITION', 'Cannot send a survey that is sent'),
  },
  412: {
    description: 'If-Match names a version that is not the current one (VERSION_MISMATCH)',
    example: errorBody(
      412,
      'VERSION_MISMATCH',
      'If-Match version 3 does not match the current version 4',
    ),
  },
  413: {
    description: 'The body is larger than the limit (PAYLOAD_TOO_LARGE)',
    example: errorBody(413, 'PAYLOAD_TOO_LARGE', 'The body exceeds the limit of 1048576 bytes'),
  },
  415: {
    description: 'The body is not application/json (UNSUPPORTED_MEDIA_TYPE)',
    example: errorBody(415, 'UNSUPPORTED_MEDIA_TYPE', 'The body must be application/json'),
  },
  422: {
    description: 'The Idempotency-Key was used before with another body (IDEMPOTENCY_KEY_REUSED)',
    example: errorBody(
      422,
      'IDEMPOTENCY_KEY_REUSED',
      'The Idempotency-Key was used with a different body',
    ),
  },
  429: {
    description: 'Too many requests from this client (RATE_LIMITED); try again later',
    example: errorBody(429, 'RATE_LIMITED', 'Too many requests: at most 600 per minute'),
  },
  503: {
    description: 'The database is unavailable (SERVICE_UNAVAILABLE); retry after Retry-After',
    example: errorBody(
      503,
      'SERVICE_UNAVAILABLE',
      'The database is unavailable; try again shortly',
    ),
  },
} satisfies Record<number, ErrorCase>;

export type ErrorStatus = keyof typeof ERROR_CASES;

/** An error status, or one with a description of what it means for this operation. */
export type ErrorResponseSpec = ErrorStatus | { status: ErrorStatus; description: string };

/** The response object of an error status, as it appears in the document. */
export function errorResponseObject(status: ErrorStatus, description?: string): ResponseObject {
  const known = ERROR_CASES[status];
  return {
    description: description ?? known.description,
    content: {
      'application/json': {
        schema: { $ref: getSchemaPath(ErrorResponse) },
        example: known.example,
      },
    },
  };
}

/** Documents the errors an operation (or every operation of a controller) can answer. */
export function ApiErrorResponses(...errors: ErrorResponseSpec[]) {
  return applyDecorators(
    ApiExtraModels(ErrorResponse),
    ...errors.map((error) => {
      const { status, description } = typeof error === 'number' ? { status: error } : error;
      return ApiResponse({ status, ...errorResponseObject(status, description) });
    }),
  );
}
