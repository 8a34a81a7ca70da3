import { ValidationFailedError } from '../common/errors';
import { parseIdempotencyKey } from './idempotency';

describe('parseIdempotencyKey', () => {
  it.each(['a', 'reg-2021-0001', 'k'.repeat(200)])('accepts %j', (key) => {
    expect(parseIdempotencyKey(key)).toBe(key);
  });

  it.each([
    ['a missing header', undefined],
    ['an empty header', ''],
    ['a header of 201 characters', 'k'.repeat(201)],
  ])('refuses %s naming the header', (_label, header) => {
    const thrown = (() => {
      try {
        parseIdempotencyKey(header);
        return null;
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(ValidationFailedError);
    expect((thrown as ValidationFailedError).details).toEqual([
      { field: 'Idempotency-Key', problem: 'must be 1–200 characters' },
    ]);
  });
});
