import { citesEnglishStatute, readEnglish } from './english';
import { normaliseForMatching, tokenise } from './normalise';

const read = (sentence: string) => {
  const normalised = normaliseForMatching(sentence);
  return readEnglish(tokenise(normalised), () => citesEnglishStatute(normalised));
};

describe('readEnglish', () => {
  it.each([
    'The survey has been consulted with SKR.',
    'We have consulted the Swedish Association of Local Authorities and Regions.',
    'SALAR was consulted in March 2024.',
    'The Swedish Association of Local Authorities and Regions (SKR) has been consulted about the questions.',
    'The survey was developed in consultation with SKR and the National Board of Health and Welfare.',
    'In accordance with Ordinance (1982:668), consultation has taken place.',
  ])('reads a consultation: %s', (sentence) => {
    expect(read(sentence)).toEqual(['consultation_stated']);
  });

  it.each([
    'The survey has not been consulted with SKR due to time constraints.',
    'We have not consulted SKR.',
    'The survey was sent without consulting SKR.',
  ])('reads a denial: %s', (sentence) => {
    expect(read(sentence)).toEqual(['consultation_denied']);
  });

  it.each([
    'We plan to consult SKR before the final version is sent.',
    'If SKR had been consulted, the timing would have been better.',
    'The questionnaire has been discussed with SALAR.',
    'We consulted the National Board of Health and Welfare.',
  ])('reads no consultation: %s', (sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it.each([
    'Participation is voluntary.',
    'Your participation is entirely optional.',
    'You are not required to take part.',
    'There is no obligation to respond.',
    'It is up to you whether you wish to participate.',
    'You are free to decline.',
    'Responses are not mandatory.',
  ])('reads "%s" as voluntary', (sentence) => {
    expect(read(sentence)).toEqual(['voluntary_stated']);
  });

  it.each([
    'Municipalities are obliged to respond under Section 7 of the Official Statistics Act (2001:99).',
    'Responses are mandatory for all municipalities.',
    'Under Section 7 of the Official Statistics Act (2001:99), municipalities must provide the information.',
  ])('reads "%s" as a duty', (sentence) => {
    expect(read(sentence)).toEqual(['mandatory_stated']);
  });

  it.each([
    'Feel free to contact us.',
    'Voluntary organisations are important partners.',
    'You must respond by 1 June.',
    'Participation is not voluntary.',
  ])('reads neither voluntariness nor a duty in "%s"', (sentence) => {
    expect(read(sentence)).not.toContain('voluntary_stated');
    expect(read(sentence)).not.toContain('mandatory_stated');
  });
});
