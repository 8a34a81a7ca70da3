import { findLegalBasis } from './legal-basis';
import { readSentence } from './sentence-reading';

const reading = (sentence: string) => readSentence(sentence, { start: 0, end: sentence.length });

describe('findLegalBasis', () => {
  it('takes the statute of the sentence itself first', () => {
    const own = reading('Ni är skyldiga att svara enligt 5 kap. 1 § SoF.');
    const before = reading('Uppgifterna samlas in med stöd av 7 § lagen (2001:99).');
    expect(findLegalBasis(before, own, undefined)).toEqual({
      citation: '5 kap. 1 § SoF',
      reading: own,
    });
  });

  it('takes a statute cited with a legal cue in a neighbouring sentence', () => {
    const own = reading('Kommunen är därför skyldig att lämna uppgifterna.');
    const before = reading('Uppgifterna samlas in med stöd av 5 kap. 1 § SoF.');
    const after = reading('Lagstöd: 7 § lagen (2001:99) om den officiella statistiken.');
    expect(findLegalBasis(before, own, undefined)?.reading).toBe(before);
    expect(findLegalBasis(undefined, own, after)?.citation).toBe(
      '7 § lagen (2001:99) om den officiella statistiken',
    );
  });

  it('passes over neighbours without a cue and neighbours about secrecy', () => {
    const own = reading('Ni är skyldiga att lämna uppgifter.');
    const secrecy = reading('Uppgifterna skyddas av sekretess enligt 7 § lagen (2001:99).');
    const noCue = reading('Läs mer i 5 kap. 1 § SoF.');
    expect(findLegalBasis(secrecy, own, noCue)).toBeNull();
  });
});
