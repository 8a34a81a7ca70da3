import { normaliseForMatching, tokenise } from './normalise';
import { answerFindings, readPolarity, readTopic } from './question-answer';

const tokens = (text: string) => tokenise(normaliseForMatching(text));

describe('readPolarity', () => {
  it.each([
    ['Ja.', 'yes'],
    ['Nej, på grund av tidsbrist.', 'no'],
    ['S: Ja', 'yes'],
    ['– Ja, samråd genomfördes i februari.', 'yes'],
    ['Genomfört 12 januari 2024', 'yes'],
    ['Har skett med SKR den 3 mars', 'yes'],
    ['SKR (genomfört 2024-04-02)', 'yes'],
    ['Ej genomfört', 'no'],
    ['Saknas – enkäten är frivillig', 'no'],
    ['Yes', 'yes'],
    ['No.', 'no'],
  ])('reads "%s" as %s', (answer, polarity) => {
    expect(readPolarity(tokens(answer))).toBe(polarity);
  });

  it.each(['Planeras i april', '–', '[ ] Ja  [ ] Nej', 'Cirka 20 minuter.'])(
    'reads no answer in "%s"',
    (answer) => {
      expect(readPolarity(tokens(answer))).toBeNull();
    },
  );
});

describe('readTopic', () => {
  it.each([
    ['Har samråd skett med SKR?', { about: 'consultation', namesSkr: true, namesOther: false }],
    ['SKR-samråd', { about: 'consultation', namesSkr: true, namesOther: false }],
    ['Samråd (SFS 1982:668)', { about: 'consultation', namesSkr: true, namesOther: false }],
    ['Samråd med NNR', { about: 'consultation', namesSkr: false, namesOther: true }],
    ['Har samråd skett?', { about: 'consultation', namesSkr: false, namesOther: false }],
    ['Är det frivilligt att delta?', { about: 'voluntary' }],
    ['Svarsplikt', { about: 'obligation' }],
    ['Måste vi svara?', { about: 'obligation' }],
    ['Is it compulsory to respond?', { about: 'obligation' }],
    ['Kan vi avstå?', { about: 'opt-out' }],
  ])('reads what "%s" asks about', (question, topic) => {
    expect(readTopic(tokens(question))).toEqual(topic);
  });

  it.each(['Har SKR inte samråtts?', 'Frivilliga delar', 'Hur lång tid tar enkäten?'])(
    'reads no clear topic in "%s"',
    (question) => {
      expect(readTopic(tokens(question))).toBeNull();
    },
  );
});

describe('answerFindings', () => {
  const consultation = (namesSkr: boolean, namesOther = false) =>
    ({ about: 'consultation', namesSkr, namesOther }) as const;

  it('states or denies a consultation with SKR', () => {
    expect(answerFindings(consultation(true), 'yes', false)).toEqual(['consultation_stated']);
    expect(answerFindings(consultation(true), 'no', false)).toEqual(['consultation_denied']);
  });

  it('takes SKR from the answer when the question names nobody', () => {
    expect(answerFindings(consultation(false), 'yes', true)).toEqual(['consultation_stated']);
    expect(answerFindings(consultation(false), 'yes', false)).toEqual([]);
    expect(answerFindings(consultation(false), 'no', false)).toEqual(['consultation_denied']);
  });

  it('says nothing about SKR when another body was asked about', () => {
    expect(answerFindings(consultation(false, true), 'yes', false)).toEqual([]);
    expect(answerFindings(consultation(false, true), 'no', false)).toEqual([]);
  });

  it('turns answers about voluntariness and duties into findings', () => {
    expect(answerFindings({ about: 'voluntary' }, 'yes', false)).toEqual(['voluntary_stated']);
    expect(answerFindings({ about: 'voluntary' }, 'no', false)).toEqual(['voluntary_denied']);
    expect(answerFindings({ about: 'obligation' }, 'yes', false)).toEqual(['mandatory_stated']);
    expect(answerFindings({ about: 'obligation' }, 'no', false)).toEqual(['voluntary_stated']);
    expect(answerFindings({ about: 'opt-out' }, 'yes', false)).toEqual(['voluntary_stated']);
  });
});
