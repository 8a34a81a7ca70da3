import { contrastsToSkr, findCounterpart } from './consultation-partner';
import { normaliseForMatching, tokenise } from './normalise';

function counterpartIn(sentence: string, word: string) {
  const tokens = tokenise(normaliseForMatching(sentence));
  return findCounterpart(tokens, tokens.indexOf(word)).kind;
}

describe('findCounterpart', () => {
  it.each([
    ['Samråd har skett med SKR.', 'samråd', 'skr'],
    ['Enkäten har tagits fram i samråd med Socialstyrelsen och SKR.', 'samråd', 'skr'],
    ['Samråd har skett med SKR:s sektion för statistik.', 'samråd', 'skr'],
    ['SKR har samråtts.', 'samråtts', 'skr'],
    ['SKR:s sektion för statistik har samråtts.', 'samråtts', 'skr'],
    ['Samråd har skett med NNR och Regelrådet.', 'samråd', 'other'],
    ['Samråd har skett med NNR och SKR:s statistik.', 'samråd', 'other'],
    ['Samråd har inte skett med någon annan än SKR.', 'samråd', 'all-but-skr'],
    ['Samråd i enlighet med förordningen har skett.', 'samråd', 'unnamed'],
    ['SKR-samrådet hölls i mars.', 'skr-samrådet', 'skr'],
  ])('finds the partner in "%s"', (sentence, word, kind) => {
    expect(counterpartIn(sentence, word)).toBe(kind);
  });
});

describe('contrastsToSkr', () => {
  const tokens = (sentence: string) => tokenise(normaliseForMatching(sentence));

  it('finds SKR after "men (väl) med"', () => {
    expect(contrastsToSkr(tokens('inte med NNR men väl med SKR'), 2)).toBe(true);
    expect(contrastsToSkr(tokens('inte med NNR utan med SKR'), 2)).toBe(true);
  });

  it('finds no contrast when SKR too is denied or not named', () => {
    expect(contrastsToSkr(tokens('inte med NNR men inte med SKR'), 2)).toBe(false);
    expect(contrastsToSkr(tokens('inte med NNR men med Inera'), 2)).toBe(false);
  });
});
