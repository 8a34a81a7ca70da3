/**
 * Swedish organisation numbers (organisationsnummer), as registered agencies carry them.
 *
 * Accepted: ten digits, optionally with a hyphen after the sixth ("202100-5554",
 * "2021005554"), optionally prefixed by "16" (the twelve-digit form some registers and
 * registrar systems use, e.g. "162021005554"), and surrounding whitespace. The result is
 * always "NNNNNN-NNNN".
 *
 * The third digit must be at least 2: for legal entities digits 3–4 are ≥ 20, which is what
 * tells an organisation number apart from a personal identity number (month 01–12).
 * Sole traders use their personal number and are not accepted: every sender we track is a
 * legal entity (state agencies, regions and municipalities start with 2, e.g. Socialstyrelsen
 * 202100-5554, SKR 222000-0315).
 */

const ORG_NUMBER_PATTERN = /^(?:16-?)?(\d{6})-?(\d{4})$/;
const MIN_THIRD_DIGIT_FOR_LEGAL_ENTITY = 2;

export function parseOrgNumber(input: string): string | null {
  const match = ORG_NUMBER_PATTERN.exec(input.trim());
  if (match === null) return null;
  const digits = match[1] + match[2];
  if (Number(digits[2]) < MIN_THIRD_DIGIT_FOR_LEGAL_ENTITY) return null;
  if (!hasValidLuhnChecksum(digits)) return null;
  return `${match[1]}-${match[2]}`;
}

export function isValidOrgNumber(input: string): boolean {
  return parseOrgNumber(input) !== null;
}

/**
 * Luhn (mod 10) over the ten digits: digits in odd positions from the left are doubled, as
 * for personal identity numbers, so that the last digit makes the sum divisible by 10.
 */
function hasValidLuhnChecksum(digits: string): boolean {
  let total = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = Number(digits[i]);
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    total += weighted > 9 ? weighted - 9 : weighted;
  }
  return total % 10 === 0;
}
