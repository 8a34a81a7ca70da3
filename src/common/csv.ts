/**
 * A tiny CSV writer for Swedish Excel, which expects `;` between fields (the comma is its
 * decimal separator), reads "12,5" as a number, and needs a byte order mark to take the file as
 * UTF-8 (otherwise å, ä and ö come out garbled). Lines end in CRLF as RFC 4180 says.
 */

export type CsvValue = string | number | boolean | Date | null;

/** Put once at the very start of the file, not per line. */
export const CSV_BOM = '\uFEFF';

const SEPARATOR = ';';
const LINE_END = '\r\n';
/** Swedish words: the file is read by people in Swedish Excel, not by scripts. */
const BOOLEAN_TEXT = { true: 'ja', false: 'nej' } as const;
/** Calendar dates are Swedish dates: a send at 23:30 UTC happened the next day in Sweden. */
const DATE_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
/**
 * Text starting with these is run as a formula by spreadsheet programs (OWASP "CSV injection");
 * tab and CR are included because Excel skips them before looking for a formula.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]|^\s|\s$/;

export function csvLine(values: readonly CsvValue[]): string {
  return values.map(formatCell).join(SEPARATOR) + LINE_END;
}

function formatCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return BOOLEAN_TEXT[`${value}`];
  if (value instanceof Date) return formatDate(value);
  return quoteIfNeeded(neutraliseFormula(value));
}

/**
 * Numbers are not guarded against formulas: "-5" passed as a number is a negative number, and
 * digits with a decimal comma never need quotes.
 */
function formatNumber(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`cannot write ${value} to CSV`);
  }
  return plainDecimal(value).replace('.', ',');
}

/** Without exponent notation ("1e-7"), which Excel would read as text or misread. */
function plainDecimal(value: number): string {
  const sign = value < 0 ? '-' : '';
  const text = String(Math.abs(value));
  const exponential = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (exponential === null) return sign + text;
  const digits = exponential[1] + (exponential[2] ?? '');
  const pointAt = Number(exponential[3]) + 1;
  if (pointAt <= 0) return `${sign}0.${'0'.repeat(-pointAt)}${digits}`;
  if (pointAt >= digits.length) return sign + digits + '0'.repeat(pointAt - digits.length);
  return `${sign}${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
}

function formatDate(value: Date): string {
  if (Number.isNaN(value.getTime())) {
    throw new RangeError('cannot write an invalid date to CSV');
  }
  const parts = Object.fromEntries(DATE_FORMAT.formatToParts(value).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The apostrophe makes Excel show the text as typed instead of evaluating it. */
function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/** Leading and trailing spaces are quoted because Excel and many readers trim bare fields. */
function quoteIfNeeded(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
