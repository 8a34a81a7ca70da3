import { normaliseForMatching, tokenise } from './normalise';

describe('normaliseForMatching', () => {
  it.each([
    ['Sveriges Kommuner och Regioner', 'skr'],
    ['Sveriges Kommuner och Landsting (SKL)', 'skr (skr)'],
    ['Sveriges Kommuner och Regioners sektion', 'skr:s sektion'],
    ['the Swedish Association of Local Authorities and Regions', 'the skr'],
    ["the Swedish Association of Local Authorities and Regions's view", 'the skr:s view'],
    ['SALAR', 'skr'],
  ])('spells %s as SKR', (name, expected) => {
    expect(normaliseForMatching(name)).toBe(expected);
  });

  it('leaves words that merely contain the letters alone', () => {
    expect(normaliseForMatching('Salary and SKLAVE')).toBe('salary and sklave');
  });

  it('turns tab-separated cells into cells marked by "|"', () => {
    expect(normaliseForMatching('Samråd med SKR\t\tJa')).toBe('samråd med skr | ja');
  });

  it('removes soft hyphens, composes letters and joins hyphenated line wraps', () => {
    expect(normaliseForMatching('fri\u00advilligt sam-\nra\u030ad')).toBe('frivilligt samråd');
  });
});

describe('tokenise', () => {
  it('keeps genitives, SFS numbers, dates and compounds as single tokens', () => {
    expect(tokenise('skr:s samråd (1982:668) 2024-01-15 skr-samråd: ja')).toEqual([
      'skr:s',
      'samråd',
      '(',
      '1982:668',
      ')',
      '2024-01-15',
      'skr-samråd',
      ':',
      'ja',
    ]);
  });
});
