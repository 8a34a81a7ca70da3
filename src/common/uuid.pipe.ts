import { ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailedError } from './errors';

/** ParseUUIDPipe that answers in the contract's error shape, naming the parameter. */
export function uuidPipe(field = 'id'): ParseUUIDPipe {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new ValidationFailedError(`${field} must be a UUID`, [{ field, problem: 'must be a UUID' }]),
  });
}
