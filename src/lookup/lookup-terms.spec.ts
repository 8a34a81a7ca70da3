import { containsPattern, MAX_LOOKUP_WORDS, parseLookupQuery } from './lookup-terms';

describe('parseLookupQuery', () => {
  it('reads a reference in any case, trimmed', () => {
    expect(parseLookupQuery('  enk-2021-0042 ')).toEqual({
      kind: 'reference',
      reference: 'ENK-2021-0042',
    });
  });

  it('splits words, drops punctuation around them and repeats', () => {
    expect(parseLookupQuery('Myndigheten för vård- och omsorgsanalys (Myva), myva')).toEqual({
      kind: 'words',
      words: ['Myndigheten', 'för', 'vård', 'och', 'omsorgsanalys', 'Myva'],
    });
  });

  it('keeps punctuation inside words and a query of punctuation only', () => {
    expect(parseLookupQuery('covid-19 CVE:s')).toEqual({
      kind: 'words',
      words: ['covid-19', 'CVE:s'],
    });
    expect(parseLookupQuery('%')).toEqual({ kind: 'words', words: ['%'] });
  });

  it(`uses at most ${MAX_LOOKUP_WORDS} words`, () => {
    const many = Array.from({ length: 15 }, (_, i) => `ord${i}`).join(' ');
    const terms = parseLookupQuery(many);
    expect(terms.kind === 'words' && terms.words.length).toBe(MAX_LOOKUP_WORDS);
  });

  it('does not treat a reference with extra words as a reference', () => {
    expect(parseLookupQuery('ENK-2021-0042 CVE').kind).toBe('words');
  });
});

describe('containsPattern', () => {
  it('takes LIKE wildcards and the escape character literally', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
