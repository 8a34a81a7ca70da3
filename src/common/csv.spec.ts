import fc from 'fast-check';
import { CSV_BOM, csvLine, CsvValue } from './csv';

/**
 * Reads back one record written by csvLine (RFC 4180 rules with `;`), so the tests can check
 * that quoting round-trips rather than compare against hand-escaped strings only.
 */
function parseLine(line: string): string[] {
  if (!line.endsWith('\r\n')) throw new Error('record does not end in CRLF');
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < line.length) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === ';') {
      fields.push(field);
      field = '';
    } else if (char === '\r' && i === line.length - 2) {
      fields.push(field);
      return fields;
    } else if (char === '"' || char === '\r' || char === '\n') {
      throw new Error(`unexpected ${JSON.stringify(char)} outside quotes at ${i}`);
    } else field += char;
    i += 1;
  }
  throw new Error('unterminated quoted field');
}

const FORMULA_START = /^[=+\-@\t\r]/;

describe('csvLine', () => {
  it('separates fields with ; and ends the line with CRLF', () => {
    expect(csvLine(['ENK-2021-0042', 'Socialstyrelsen'])).toBe('ENK-2021-0042;Socialstyrelsen\r\n');
  });

  it('writes null as an empty field', () => {
    expect(csvLine(['a', null, 'b', null])).toBe('a;;b;\r\n');
  });

  it('leaves å, ä and ö as they are', () => {
    expect(csvLine(['Kompetensförsörjning', 'Västerås', 'Ängelholm', 'Örebro'])).toBe(
      'Kompetensförsörjning;Västerås;Ängelholm;Örebro\r\n',
    );
  });

  it.each([
    ['Lägesrapport; vecka 36', '"Lägesrapport; vecka 36"'],
    ['Enkät om "första linjens chefer"', '"Enkät om ""första linjens chefer"""'],
    ['rad ett\nrad två', '"rad ett\nrad två"'],
    ['rad ett\r\nrad två', '"rad ett\r\nrad två"'],
    [' inledande blanksteg', '" inledande blanksteg"'],
    ['avslutande blanksteg ', '"avslutande blanksteg "'],
  ])('quotes %j', (input, expected) => {
    expect(csvLine([input])).toBe(`${expected}\r\n`);
  });

  it('writes numbers with a decimal comma and no exponent', () => {
    expect(csvLine([12.5, 105, 0, -0, -5, 1e-7, 1e21, 0.1 + 0.2])).toBe(
      '12,5;105;0;0;-5;0,0000001;1000000000000000000000;0,30000000000000004\r\n',
    );
  });

  it('refuses numbers that are not finite', () => {
    expect(() => csvLine([Number.NaN])).toThrow(RangeError);
    expect(() => csvLine([Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('writes dates as YYYY-MM-DD in Swedish time', () => {
    expect(csvLine([new Date('2021-04-06T00:00:00Z')])).toBe('2021-04-06\r\n');
    // Friday 25 Sep 2020 at 23:30 UTC was already Saturday in Sweden (CEST, UTC+2).
    expect(csvLine([new Date('2020-09-25T22:30:00Z')])).toBe('2020-09-26\r\n');
    expect(csvLine([new Date('2020-12-31T22:59:00Z')])).toBe('2020-12-31\r\n');
  });

  it('refuses an invalid date', () => {
    expect(() => csvLine([new Date(Number.NaN)])).toThrow(RangeError);
  });

  it('writes booleans as ja and nej', () => {
    expect(csvLine([true, false])).toBe('ja;nej\r\n');
  });

  it.each([
    ['=HYPERLINK("http://example.com")', `"'=HYPERLINK(""http://example.com"")"`],
    ['+46 70 123 45 67', "'+46 70 123 45 67"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['=1;2', `"'=1;2"`],
  ])('neutralises the formula-like text %j', (input, expected) => {
    expect(csvLine([input])).toBe(`${expected}\r\n`);
  });

  it('does not prefix negative numbers or text with an inner minus', () => {
    expect(csvLine([-12.5, 'SFS 1982:668', 'Region Dalarna - Hälsa och välfärd'])).toBe(
      '-12,5;SFS 1982:668;Region Dalarna - Hälsa och välfärd\r\n',
    );
  });

  it('writes an empty line for no values', () => {
    expect(csvLine([])).toBe('\r\n');
  });
});

describe('CSV_BOM', () => {
  it('is the UTF-8 byte order mark', () => {
    expect(Buffer.from(CSV_BOM, 'utf8')).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('properties', () => {
  const textArb = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({
      unit: fc.constantFrom('a', 'å', 'ä', 'ö', 'Ö', ' ', ';', '"', '\r', '\n', '=', '-', "'"),
    }),
  );

  it('parsing a line back returns the original strings (formula-like ones behind an apostrophe)', () => {
    fc.assert(
      fc.property(fc.array(textArb, { minLength: 1 }), (values) => {
        const expected = values.map((v) => (FORMULA_START.test(v) ? `'${v}` : v));
        expect(parseLine(csvLine(values))).toEqual(expected);
      }),
    );
  });

  it('a number read back with the comma as decimal point is the same number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        const [cell] = parseLine(csvLine([value]));
        expect(cell).toMatch(/^-?\d+(,\d+)?$/);
        expect(Number(cell.replace(',', '.'))).toBe(value === 0 ? 0 : value);
      }),
    );
  });

  it('every value becomes exactly one field', () => {
    const valueArb: fc.Arbitrary<CsvValue> = fc.oneof(
      textArb,
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.date({ noInvalidDate: true }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(valueArb, { minLength: 1 }), (values) => {
        expect(parseLine(csvLine(values))).toHaveLength(values.length);
      }),
    );
  });
});
