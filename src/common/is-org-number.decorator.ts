import { registerDecorator, ValidationOptions } from 'class-validator';
import { parseOrgNumber } from './org-number';

/** A Swedish organisation number: ten digits, optional hyphen, valid check digit. */
export function IsOrgNumber(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isOrgNumber',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be a Swedish organisation number (NNNNNN-NNNN) with a valid check digit`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseOrgNumber(value) !== null,
      },
    });
}
