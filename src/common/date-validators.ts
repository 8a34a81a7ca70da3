import { registerDecorator, ValidationOptions } from 'class-validator';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_ONLY.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1900 &&
    year <= 2200 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
}

export function isDateTimeWithOffset(value: unknown): value is string {
  if (typeof value !== 'string' || !DATE_TIME_WITH_OFFSET.test(value)) return false;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return false;
  const year = new Date(time).getUTCFullYear();
  return year >= 1900 && year <= 2200 && isDateOnly(value.slice(0, 10));
}

function register(
  name: string,
  message: string,
  validate: (value: unknown) => boolean,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} ${message}`, ...options },
      validator: { validate },
    });
}

/** YYYY-MM-DD naming a real calendar day. */
export const IsDateOnly = (options?: ValidationOptions) =>
  register('isDateOnly', 'must be a date YYYY-MM-DD', isDateOnly, options);

/** ISO 8601 date-time with an explicit offset (Z or ±hh:mm), as the contract requires. */
export const IsDateTimeWithOffset = (options?: ValidationOptions) =>
  register(
    'isDateTimeWithOffset',
    'must be an ISO 8601 date-time with offset, e.g. 2021-04-06T12:00:00+02:00',
    isDateTimeWithOffset,
    options,
  );
