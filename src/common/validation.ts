import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldProblem, ValidationFailedError } from './errors';

/** Checks of what a value is; when one fails, the checks below say nothing more. */
const TYPE_CHECKS = new Set([
  'isInt',
  'isNumber',
  'isBoolean',
  'isString',
  'isDateString',
  'isISO8601',
  'isUUID',
  'isArray',
  'isObject',
]);

/**
 * Checks of a value's size, range or parts, which only mean something for a value of its
 * type: "agency must be an object", not also "nested property agency must be …".
 */
const RANGE_CHECKS = new Set([
  'min',
  'max',
  'minLength',
  'maxLength',
  'textLength',
  'matches',
  'nestedValidation',
  'arrayMinSize',
  'arrayMaxSize',
  'isPositive',
  'isNegative',
]);

/**
 * A field's problems, without range checks when its type is already wrong: "year=20x1" is
 * not an integer, rather than also "must not be less than 1900" and "must not be greater
 * than 2200" at once.
 */
function fieldProblems(constraints: Record<string, string>): string[] {
  const checks = Object.keys(constraints);
  const wrongType = checks.some((check) => TYPE_CHECKS.has(check));
  return checks
    .filter((check) => !(wrongType && RANGE_CHECKS.has(check)))
    .map((check) => constraints[check]);
}

function flatten(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = fieldProblems(error.constraints ?? {}).map((problem) => ({ field, problem }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

export function validationFailed(errors: ValidationError[]): ValidationFailedError {
  const details = flatten(errors);
  const message = details.map((d) => d.problem).join('; ') || 'The request is invalid';
  return new ValidationFailedError(message, details);
}

/** One pipe for every body and query: unknown fields are errors, values are converted to DTOs. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: validationFailed,
  });
}
