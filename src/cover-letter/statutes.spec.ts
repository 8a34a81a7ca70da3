import { findObligingCitation } from './statutes';

describe('findObligingCitation', () => {
  it.each([
    [
      'Ni är skyldiga enligt 6 kap. 1 § lagen (2001:99) om den officiella statistiken.',
      '6 kap. 1 § lagen (2001:99) om den officiella statistiken',
    ],
    ['Se 5 kap. 1 § SoF.', '5 kap. 1 § SoF'],
    ['Enligt förordning (2001:100) ska ni svara.', 'förordning (2001:100)'],
    ['Enligt socialtjänstlagen ska nämnden lämna uppgifter.', 'socialtjänstlagen'],
  ])('finds the statute in "%s"', (sentence, citation) => {
    expect(findObligingCitation(sentence)).toBe(citation);
  });

  it.each([
    ['the consultation ordinance', 'Samråd har skett enligt förordningen (1982:668).'],
    [
      'the secrecy act',
      'Uppgifterna skyddas enligt 24 kap. 8 § offentlighets- och sekretesslagen (2009:400).',
    ],
    ['the secrecy act abbreviated', 'Uppgifterna skyddas enligt 24 kap. 8 § OSL.'],
    ['data protection', 'Enligt dataskyddsförordningen ska vi informera dig.'],
    ['the archives act', 'Enligt arkivlagen (1990:782) ska svaren bevaras.'],
    [
      "the agency's instruction",
      'Enligt förordningen (2015:284) med instruktion för Socialstyrelsen ska myndigheten följa utvecklingen.',
    ],
    [
      'a county instruction',
      'Enligt 5 § förordningen (2017:868) med länsstyrelseinstruktion ska vi följa.',
    ],
    ['ordinary words ending like a statute', 'Underlagen och förslagen finns i bilagan.'],
  ])('finds nothing that obliges in %s', (_kind, sentence) => {
    expect(findObligingCitation(sentence)).toBeNull();
  });

  it('passes over a statute that cannot oblige to the next that can', () => {
    expect(
      findObligingCitation(
        'Uppgifterna skyddas enligt OSL och lämnas enligt 5 kap. 1 § socialtjänstförordningen (2001:937).',
      ),
    ).toBe('5 kap. 1 § socialtjänstförordningen (2001:937)');
  });
});

describe('findObligingCitation in English', () => {
  it.each([
    [
      'Municipalities are obliged to respond under Section 7 of the Official Statistics Act (2001:99).',
      'Section 7 of the Official Statistics Act (2001:99)',
    ],
    [
      'You are obliged to respond under chapter 5, section 1 of the Social Services Ordinance (2001:937).',
      'chapter 5, section 1 of the Social Services Ordinance (2001:937)',
    ],
    [
      'Responses are mandatory according to the Official Statistics Ordinance (2001:100).',
      'Official Statistics Ordinance (2001:100)',
    ],
  ])('finds the statute in "%s"', (sentence, citation) => {
    expect(findObligingCitation(sentence)).toBe(citation);
  });

  it('skips the Public Access to Information and Secrecy Act', () => {
    expect(
      findObligingCitation(
        'Answers are protected under the Public Access to Information and Secrecy Act.',
      ),
    ).toBeNull();
  });
});
