import { normaliseForMatching, tokenise } from './normalise';
import { readVoluntariness } from './voluntariness';

const read = (sentence: string) =>
  readVoluntariness(tokenise(normaliseForMatching(sentence)), () => false);

describe('voluntary statements', () => {
  it.each([
    'Det är frivilligt att besvara enkäten.',
    'Deltagandet är helt frivilligt.',
    'Svaren lämnas på frivillig basis.',
    'Du väljer själv om du vill delta.',
    'Ni avgör själva om ni vill besvara enkäten.',
    'Ni kan avstå från att delta.',
    'Ni har rätt att avstå från att delta utan att ange skäl.',
    'Det står er fritt att avstå från att svara.',
    'Ni är fria att tacka nej till deltagande.',
    'Ni behöver inte delta om ni inte vill.',
    'Det är helt upp till er om ni vill delta.',
    'Det är upp till varje kommun att avgöra om den vill delta.',
    'Det är inget krav att svara på enkäten.',
    'Det finns inget krav på att delta.',
    'Medverkan i undersökningen är inte tvingande.',
    'Enkäten är inte obligatorisk.',
    'Ni är inte skyldiga att svara.',
  ])('reads "%s" as voluntary', (sentence) => {
    expect(read(sentence)).toEqual(['voluntary_stated']);
  });

  it.each([
    ['a part of the survey', 'Det är frivilligt att lämna kommentarer i fritextfälten.'],
    ['single questions', 'Frågorna i avsnitt D är frivilliga att besvara.'],
    ['some questions', 'Det är inte obligatoriskt att svara på alla frågor.'],
    ['another noun', 'Enkäten handlar om kommunernas frivilliga insatser.'],
    ['who answers', 'Ni avgör själva vem som ska svara.'],
    ['a question of the form', 'Du behöver inte svara på alla frågor.'],
    ['whom to contact', 'Det är upp till er vem som kontaktar oss.'],
    ['a requirement for something else', 'Det finns inget krav på tillgänglighet.'],
  ])('reads nothing about answering when it speaks of %s', (_kind, sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it('reads a negated voluntariness as a denial', () => {
    expect(read('Deltagandet är inte frivilligt.')).toEqual(['voluntary_denied']);
  });
});
