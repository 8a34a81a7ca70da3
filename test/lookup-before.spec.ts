import { referenceQuery } from '../src/lookup/lookup-sql';
import {
  agencyIdsPerWord,
  wordMatches,
  wordsCondition,
  wordsPageQuery,
} from './support/lookup-before';

describe('lookup SQL before the one prepared statement (the oracle)', () => {
  it('keeps drafts out of every query', () => {
    const publicOnly = "s.status IN ('sent', 'closed', 'withdrawn')";
    expect(referenceQuery('ENK-2021-0001').text).toContain(publicOnly);
    expect(wordsPageQuery([{ agencyIds: [], titlePattern: '%cve%' }], 20, 0).text).toContain(
      publicOnly,
    );
  });

  it('tests the agencies a word names before the title, and only what applies', () => {
    const condition = wordsCondition(
      [
        { agencyIds: ['a1', 'a2'], titlePattern: '%CVE%' },
        { agencyIds: [], titlePattern: '%skola%' },
        { agencyIds: ['af'], titlePattern: null },
      ],
      3,
    );
    expect(condition.text).toBe(
      '(s.agency_id = ANY ($3::uuid[]) OR s.title ILIKE $4) AND s.title ILIKE $5 ' +
        'AND s.agency_id = ANY ($6::uuid[])',
    );
    expect(condition.values).toEqual([['a1', 'a2'], '%CVE%', '%skola%', ['af']]);
  });

  it('passes limit and offset first, then the words', () => {
    const query = wordsPageQuery([{ agencyIds: [], titlePattern: '%skola%' }], 20, 40);
    expect(query.values).toEqual([20, 40, '%skola%']);
    expect(query.text).toContain('LIMIT $1 OFFSET $2');
    expect(query.text).toContain('s.title ILIKE $3');
  });

  it('maps agency matches to the words they matched (1-based from SQL)', () => {
    expect(
      agencyIdsPerWord(3, [
        { id: 'sos', words: [1, 3] },
        { id: 'ivo', words: [3] },
      ]),
    ).toEqual([['sos'], [], ['sos', 'ivo']]);
  });
});

describe('wordMatches', () => {
  it('matches long words against titles and agencies', () => {
    expect(wordMatches(['hemlöshet', 'IVO'], [[], ['ivo']])).toEqual([
      { agencyIds: [], titlePattern: '%hemlöshet%' },
      { agencyIds: ['ivo'], titlePattern: '%IVO%' },
    ]);
  });

  it('leaves out short words unless they name an agency', () => {
    expect(wordMatches(['våld', 'i', 'AF'], [[], [], ['af']])).toEqual([
      { agencyIds: [], titlePattern: '%våld%' },
      { agencyIds: ['af'], titlePattern: null },
    ]);
  });

  it('gives up when only short words that name nothing are left', () => {
    expect(wordMatches(['om', 'i'], [[], []])).toBeNull();
  });
});
