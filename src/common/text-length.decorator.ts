import { registerDecorator, ValidationOptions } from 'class-validator';
import { codePointLength } from './input-text';

function describe(min: number, max: number): string {
  if (min === 0) return `at most ${max} characters`;
  if (min === max) return `exactly ${max} characters`;
  return `${min} to ${max} characters`;
}

/**
 * A text of `min` to `max` characters counted as PostgreSQL counts varchar(n): in code points.
 * class-validator's Length counts a character and its variation selector as one, so that a
 * title of 160 "❤️" passed its 300 and then failed in the column, with no field named.
 */
export function TextLength(min: number, max: number, options?: ValidationOptions) {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'textLength',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [min, max],
      options: {
        message: `${String(propertyName)} must be ${describe(min, max)}`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string') return false;
          const length = codePointLength(value);
          return length >= min && length <= max;
        },
      },
    });
}

/** At most `max` characters, in code points (see TextLength). */
export const MaxTextLength = (max: number, options?: ValidationOptions) =>
  TextLength(0, max, options);
