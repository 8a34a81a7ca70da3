import { FLAG_CODES } from '../flags/flag-codes';
import { swedishCalendarDate, swedishDate, swedishDateTime } from './swedish-dates';
import {
  FLAG_SENTENCES,
  flagSentence,
  networkDecisionWords,
  outcomeWords,
  verdictWords,
  voluntaryWords,
} from './swedish-words';

describe('Swedish dates, Stockholm time', () => {
  it('writes a day as "6 april 2021"', () => {
    expect(swedishDate('2021-04-06T13:00:00Z')).toBe('6 april 2021');
  });

  it('uses the Stockholm calendar day, not UTC', () => {
    expect(swedishDate('2021-05-31T22:30:00Z')).toBe('1 juni 2021');
  });

  it('adds the time with a full stop, and leaves midnight out', () => {
    expect(swedishDateTime('2020-09-28T10:00:00Z')).toBe('28 september 2020 kl. 12.00');
    expect(swedishDateTime('2021-02-28T23:00:00Z')).toBe('1 mars 2021');
  });

  it('writes a calendar date without shifting it', () => {
    expect(swedishCalendarDate('2021-04-08')).toBe('8 april 2021');
  });
});

describe('Swedish words', () => {
  it('has a sentence for every flag code', () => {
    expect(Object.keys(FLAG_SENTENCES).sort()).toEqual([...FLAG_CODES].sort());
    for (const code of FLAG_CODES) expect(flagSentence(code)).toMatch(/^[A-ZÅÄÖ][^_]+$/);
    expect(flagSentence('SENT_WITHOUT_CONSULTATION')).toBe('Skickad utan samråd med SKR');
    expect(flagSentence('SOME_NEW_FLAG')).toBe('SOME_NEW_FLAG');
  });

  it('answers "Samråd med SKR" for every verdict', () => {
    expect(
      ['consulted', 'consulted_advised_against', 'not_consulted', 'not_required', 'unknown'].map(
        verdictWords,
      ),
    ).toEqual(['ja', 'ja', 'nej', 'krävs inte', 'okänt']);
  });

  it("puts SKR's outcome and the network's decision in words", () => {
    expect(
      ['no_objection', 'changes_recommended', 'advised_against', 'withdrawn_by_agency'].map(
        outcomeWords,
      ),
    ).toEqual([
      'inga invändningar',
      'rekommenderade ändringar',
      'avrådde',
      'myndigheten drog tillbaka',
    ]);
    expect(outcomeWords(null)).toBe('inget besked');
    expect(['approved', 'declined', 'noted', null].map(networkDecisionWords)).toEqual([
      'godkänd',
      'avböjd',
      'noterad',
      'ingen',
    ]);
  });

  it('takes voluntariness from the survey, else from the cover letter', () => {
    expect(voluntaryWords(true, 'mandatory')).toBe('ja');
    expect(voluntaryWords(false, 'voluntary')).toBe('nej');
    expect(voluntaryWords(null, 'voluntary')).toBe('ja');
    expect(voluntaryWords(null, 'mandatory')).toBe('nej');
    expect(voluntaryWords(null, 'unclear')).toBe('oklart');
    expect(voluntaryWords(null, null)).toBe('oklart');
  });
});
