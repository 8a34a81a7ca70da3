import { readSentence } from './sentence-reading';

const read = (sentence: string) => readSentence(sentence, { start: 0, end: sentence.length });

describe('readSentence', () => {
  it('reads a fact-box line as an answer to its key', () => {
    expect(read('Samråd med SKR: Nej').kinds).toEqual(['consultation_denied']);
    expect(read('Samråd med SKR: Ja (dnr SKR 24/00123)').kinds).toEqual(['consultation_stated']);
    expect(read('Uppgiftsskyldighet: Nej').kinds).toEqual(['voluntary_stated']);
    expect(read('Frivilligt: Nej').kinds).toEqual(['voluntary_denied']);
    expect(read('Samråd: Ja, med SKR:s sektion för statistik').kinds).toEqual([
      'consultation_stated',
    ]);
  });

  it('reads a fact-box value that says nothing as nothing', () => {
    expect(read('Samråd med SKR: –').kinds).toEqual([]);
    expect(read('Samråd med SKR: Planeras i april').kinds).toEqual([]);
  });

  it('reads a short key as the subject of its value', () => {
    expect(read('Deltagande: frivilligt').kinds).toEqual(['voluntary_stated']);
    expect(read('Svensk text: Samråd har skett med SKR.').kinds).toEqual(['consultation_stated']);
  });

  it('reads what a question asks and states nothing from it', () => {
    const question = read('Har samråd skett med SKR?');
    expect(question.kinds).toEqual([]);
    expect(question.asks).toEqual({ about: 'consultation', namesSkr: true, namesOther: false });
  });

  it('reads a short label as a possible question for the next line', () => {
    expect(read('Svarsplikt').asks).toEqual({ about: 'obligation' });
    expect(read('Det är frivilligt att besvara enkäten.').asks).toBeNull();
  });

  it('reads how a sentence answers', () => {
    expect(read('Ja, med SKR.')).toMatchObject({ answers: 'yes', answerNamesSkr: true });
    expect(read('Ja, med SKR:s statistiksektion.').answerNamesSkr).toBe(true);
    expect(read('Nej.')).toMatchObject({ answers: 'no', answerNamesSkr: false });
    expect(read('Ingen skyldighet föreligger.').answers).toBeNull();
  });

  it('reads English and Swedish in the same letter', () => {
    expect(read('Participation is voluntary.').kinds).toEqual(['voluntary_stated']);
  });
});
