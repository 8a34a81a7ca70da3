import { asPredicate, splitKeyValue } from './fact-box';
import { normaliseForMatching, tokenise } from './normalise';

const tokens = (line: string) => tokenise(normaliseForMatching(line));

describe('splitKeyValue', () => {
  it.each([
    ['Samråd med SKR: Nej', ['samråd', 'med', 'skr'], ['nej']],
    [
      '| Samråd enligt SFS 1982:668 | Genomfört |',
      ['samråd', 'enligt', 'sfs', '1982:668'],
      ['genomfört'],
    ],
    ['Samråd SKR;Ja;2024-01-15', ['samråd', 'skr'], ['ja', ';', '2024-01-15']],
    ['Svarsplikt\tNej', ['svarsplikt'], ['nej']],
    ['1) Samråd: har skett', ['samråd'], ['har', 'skett']],
    ['Samråd med SKR — nej.', ['samråd', 'med', 'skr'], ['nej', '.']],
  ])('splits "%s" into key and value', (line, key, value) => {
    expect(splitKeyValue(tokens(line))).toMatchObject({ key, value });
  });

  it('finds no key in a sentence whose first separator comes late', () => {
    expect(
      splitKeyValue(
        tokens('Enkäten som skickas till alla kommuner i landet i år är frivillig: tack.'),
      ),
    ).toBeNull();
    expect(splitKeyValue(tokens('Det är frivilligt att delta.'))).toBeNull();
  });
});

describe('asPredicate', () => {
  it('reads a short key with a colon as the subject of its value', () => {
    expect(asPredicate(splitKeyValue(tokens('Deltagande: frivilligt'))!)).toEqual([
      'deltagande',
      'är',
      'frivilligt',
    ]);
  });

  it('leaves long keys and other separators alone', () => {
    expect(asPredicate(splitKeyValue(tokens('Rubrik;Värde'))!)).toBeNull();
    expect(asPredicate(splitKeyValue(tokens('Om enkäten i år och i fjol: se bilaga'))!)).toBeNull();
  });
});
