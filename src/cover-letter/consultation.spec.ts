import { readConsultation } from './consultation';
import { normaliseForMatching, tokenise } from './normalise';

const read = (sentence: string) => readConsultation(tokenise(normaliseForMatching(sentence)));

describe('readConsultation', () => {
  it.each([
    'Enkäten samråddes med SKR i november.',
    'Vi samrådde med SKL under våren.',
    'Samråd ägde rum med Sveriges Kommuner och Regioner den 14 februari.',
    'Sveriges Kommuner och Regioners sektion för statistik har samråtts.',
    'SKR:s statistiksektion har samråtts om enkäten.',
    'Frågorna har tagits fram i samråd med Socialstyrelsen och SKR.',
    'SKR-samrådet genomfördes i mars.',
    'Samråd enligt 3 § förordningen (1982:668) har genomförts.',
  ])('reads a statement of consultation: %s', (sentence) => {
    expect(read(sentence)).toEqual(['consultation_stated']);
  });

  it.each([
    [
      'a negation that names another body first',
      'Enkäten har inte samråtts med Socialstyrelsen men med SKR.',
    ],
    [
      'a contrast after a subordinate clause',
      'Samråd har inte skett med NNR, eftersom enkäten inte gäller företag, men väl med SKR.',
    ],
    ['SKR as the only exception', 'Samråd har inte skett med någon annan organisation än SKR.'],
  ])('reads SKR as consulted after %s', (_kind, sentence) => {
    expect(read(sentence)).toContain('consultation_stated');
    expect(read(sentence)).not.toContain('consultation_denied');
  });

  it.each([
    'Enkäten har inte samråtts med SKR.',
    'Enkäten har ej samråtts med Sveriges Kommuner och Regioner.',
    'Denna fråga skickas utan samråd med SKR.',
    'Samråd med SKR har ännu inte genomförts.',
  ])('reads a denial: %s', (sentence) => {
    expect(read(sentence)).toEqual(['consultation_denied']);
  });

  it.each([
    ['conditional', 'Om ni har samrått med SKR i frågan, ange det i fråga 7.'],
    ['counterfactual', 'Om samråd med SKR hade skett hade utskicket kunnat samordnas.'],
    ['wished for', 'Vi skulle gärna ha samrått med SKR, men tiden räckte inte.'],
    ['planned', 'Samråd med SKR kommer att ske under våren.'],
    ['the duty quoted', 'Myndigheten ska samråda med SKR innan enkäten skickas.'],
    ['with others only', 'Samråd har skett med Regelrådet och NNR.'],
    ['SKR left out', 'Samråd har skett med alla andra än SKR.'],
    ['with nobody named', 'Samråd har skett.'],
  ])('reads no statement when the consultation is %s', (_kind, sentence) => {
    expect(read(sentence)).toEqual([]);
  });

  it('reads two negations as no denial', () => {
    expect(read('Enkäten har inte skickats ut utan samråd.')).toEqual([]);
  });
});
