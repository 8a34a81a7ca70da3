import fc from 'fast-check';
import { codePointLength, textProblem } from './input-text';

describe('textProblem', () => {
  it('accepts any well-formed text, surrogate pairs included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(textProblem(text.replaceAll('\u0000', ''))).toBeNull();
      }),
    );
    expect(textProblem('Enkät 😀 ❤️')).toBeNull();
  });

  it('names a NUL character', () => {
    expect(textProblem('Enkät\u0000om chefer')).toBe('contains a NUL character');
  });

  it('names a lone high or low surrogate, and a pair in the wrong order', () => {
    for (const text of ['a\ud800b', 'a\udc00b', '\udc00\ud800', 'end\ud83d']) {
      expect(textProblem(text)).toMatch(/lone UTF-16 surrogate/);
    }
  });
});

describe('codePointLength', () => {
  it('counts code points as PostgreSQL does, not UTF-16 units', () => {
    expect(codePointLength('😀')).toBe(1);
    expect(codePointLength('❤️')).toBe(2);
    expect(codePointLength('å')).toBe(1);
    expect(codePointLength('a\u030a')).toBe(2);
    expect(codePointLength('a\ud800')).toBe(2);
    expect(codePointLength('')).toBe(0);
  });

  it('agrees with the string iterator for any sequence of UTF-16 units', () => {
    const anyUnit = fc.integer({ min: 0, max: 0xffff });
    const surrogate = fc.integer({ min: 0xd800, max: 0xdfff });
    const units = fc
      .array(fc.oneof(anyUnit, surrogate), { maxLength: 40 })
      .map((codes) => String.fromCharCode(...codes));
    fc.assert(
      fc.property(units, fc.string({ unit: 'grapheme' }), (loose, characters) => {
        const mixed = loose + characters + loose;
        expect(codePointLength(mixed)).toBe(Array.from(mixed).length);
      }),
    );
  });
});
