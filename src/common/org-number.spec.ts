import fc from 'fast-check';
import { isValidOrgNumber, parseOrgNumber } from './org-number';

/** Check digit computed independently of the implementation, by the textbook Luhn rule. */
function luhnCheckDigit(nineDigits: string): string {
  const sum = [...nineDigits].reduce((total, char, i) => {
    const product = Number(char) * (i % 2 === 0 ? 2 : 1);
    return total + Math.floor(product / 10) + (product % 10);
  }, 0);
  return String((10 - (sum % 10)) % 10);
}

const digitArb = fc.integer({ min: 0, max: 9 }).map(String);
/** A valid organisation number as ten plain digits. */
const validDigitsArb = fc
  .tuple(
    fc.array(digitArb, { minLength: 2, maxLength: 2 }),
    fc.integer({ min: 2, max: 9 }).map(String),
    fc.array(digitArb, { minLength: 6, maxLength: 6 }),
  )
  .map(([head, third, tail]) => {
    const nine = [...head, third, ...tail].join('');
    return nine + luhnCheckDigit(nine);
  });
const normalised = (digits: string): string => `${digits.slice(0, 6)}-${digits.slice(6)}`;

describe('parseOrgNumber', () => {
  it.each([
    ['212000-0142', '212000-0142'],
    ['2120000142', '212000-0142'],
    ['16-212000-0142', '212000-0142'],
    ['16212000-0142', '212000-0142'],
    ['162120000142', '212000-0142'],
    [' 202100-5554\n', '202100-5554'],
    ['222000-0315', '222000-0315'],
    ['556036-0793', '556036-0793'],
  ])('accepts %j as %s', (input, expected) => {
    expect(parseOrgNumber(input)).toBe(expected);
  });

  it.each([
    ['212000-0143', 'wrong check digit'],
    ['202100-5545', 'two digits swapped'],
    ['811218-9876', 'a personal identity number (third digit below 2), checksum valid'],
    ['21200-00142', 'hyphen in the wrong place'],
    ['2120-000142', 'hyphen in the wrong place'],
    ['212000-01420', 'eleven digits'],
    ['212000-014', 'nine digits'],
    ['17-212000-0142', 'a prefix other than 16'],
    ['19212000-0142', 'a century prefix'],
    ['212000+0142', 'the plus sign of personal numbers over 100'],
    ['212000 0142', 'a space instead of the hyphen'],
    ['21200O-0142', 'a letter O for a zero'],
    ['２１２０００-０１４２', 'full-width digits'],
    ['', 'empty'],
  ])('rejects %j (%s)', (input) => {
    expect(parseOrgNumber(input)).toBeNull();
  });
});

describe('isValidOrgNumber', () => {
  it('agrees with parseOrgNumber', () => {
    expect(isValidOrgNumber('2220000315')).toBe(true);
    expect(isValidOrgNumber('222000-0316')).toBe(false);
  });
});

describe('properties', () => {
  it('every accepted spelling of a valid number normalises to NNNNNN-NNNN', () => {
    fc.assert(
      fc.property(validDigitsArb, (digits) => {
        const spellings = [digits, normalised(digits), `16${digits}`, `16-${normalised(digits)}`];
        expect(spellings.map(parseOrgNumber)).toEqual(spellings.map(() => normalised(digits)));
      }),
    );
  });

  it('a valid number with one digit changed is invalid', () => {
    fc.assert(
      fc.property(
        validDigitsArb,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (digits, position, shift) => {
          const changed = String((Number(digits[position]) + shift) % 10);
          const mutated = digits.slice(0, position) + changed + digits.slice(position + 1);
          expect(parseOrgNumber(mutated)).toBeNull();
        },
      ),
    );
  });

  it('normalisation is idempotent', () => {
    const candidateArb = fc.oneof(
      validDigitsArb,
      validDigitsArb.map(normalised),
      fc.string(),
      fc.stringMatching(/^(16-?)?\d{6}-?\d{4}$/),
    );
    fc.assert(
      fc.property(candidateArb, (candidate) => {
        const once = parseOrgNumber(candidate);
        expect(once === null ? null : parseOrgNumber(once)).toBe(once);
      }),
    );
  });
});
