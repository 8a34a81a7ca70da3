import { normaliseForMatching, tokenise } from './normalise';
import { readVoluntariness } from './voluntariness';

const read = (sentence: string, citesObligingStatute = true) =>
  readVoluntariness(tokenise(normaliseForMatching(sentence)), () => citesObligingStatute);

describe('duty statements', () => {
  it.each([
    'Kommunen är skyldig att lämna uppgifterna.',
    'Ni är enligt lag skyldiga att lämna uppgifterna.',
    'Kommunerna har enligt 14 § förordningen (2001:100) en skyldighet att lämna uppgifterna.',
    'Uppgiftsskyldighet föreligger enligt 7 § lagen (2001:99) om den officiella statistiken.',
    'Uppgiftslämnandet är obligatoriskt.',
    'Om uppgifterna inte lämnas kan myndigheten förelägga vite.',
    'Uppgifterna ska lämnas enligt 7 kap. 2 § hälso- och sjukvårdsförordningen (2017:80).',
    'Regionen ska, enligt 7 kap. 2 § hälso- och sjukvårdsförordningen (2017:80), till Socialstyrelsen lämna uppgifterna.',
    'Kommunerna ska enligt 2 kap. 9 § lagen (2006:544) om kommuners och regioners åtgärder inför och vid extraordinära händelser i fredstid och höjd beredskap lämna de uppgifter som behövs.',
  ])('reads "%s" as a duty to answer', (sentence) => {
    expect(read(sentence)).toEqual(['mandatory_stated']);
  });

  it.each([
    [
      'a duty to do something else',
      'Kommunerna är skyldiga att analysera vilka händelser som kan inträffa.',
    ],
    ["the sender's duty", 'Myndigheten är skyldig att samla in uppgifterna.'],
    [
      'the sender named as the subject of "ska"',
      'Socialstyrelsen ska enligt lag redovisa uppdraget.',
    ],
    [
      '"ska" about something else',
      'Huvudmannen ska enligt 4 kap. 3 § skollagen följa upp utbildningen.',
    ],
    ['"ska svara för", to be responsible', 'Nämnden ska enligt lag svara för omsorgen.'],
    ['a negated "ska"', 'Uppgifterna ska inte lämnas enligt 5 kap. 1 § socialtjänstförordningen.'],
  ])('reads no duty in %s', (_kind, sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it('reads "ska lämna" as a duty only when the sentence cites a statute that obliges', () => {
    const sentence = 'Enligt vår instruktion ska kommunerna lämna uppgifterna senast 1 juni.';
    expect(read(sentence, false)).toEqual([]);
    expect(read(sentence, true)).toEqual(['mandatory_stated']);
  });

  it('keeps the duty when a negation stands in an aside', () => {
    expect(
      read('Nämnden ska, om inte annat anges, lämna uppgifterna enligt 5 kap. 1 § SoF.'),
    ).toEqual(['mandatory_stated']);
  });
});
