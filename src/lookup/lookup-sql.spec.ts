import { referenceQuery, wordsSearch } from './lookup-sql';

describe('lookup SQL', () => {
  it('keeps drafts out of every query', () => {
    const publicOnly = "s.status IN ('sent', 'closed', 'withdrawn')";
    expect(referenceQuery('ENK-2021-0001').text).toContain(publicOnly);
    expect(wordsSearch(['cve'], 20, 0).text).toContain(publicOnly);
  });

  it('passes the long words first, then the short ones, and the page last', () => {
    expect(wordsSearch(['AF', 'våld', '50%'], 20, 40).values).toEqual([
      ['%våld%', '%50\\%%', '%AF%'],
      ['våld', '50%', 'af'],
      [true, true, false],
      20,
      40,
    ]);
  });

  it('has one text per number of long words and whether a short one is among them', () => {
    const [a, b] = [wordsSearch(['våld', 'AF'], 20, 0), wordsSearch(['i', 'hemlöshet'], 5, 5)];
    expect(a.name).toBe('lookup_words_1_short');
    expect(b).toMatchObject({ name: a.name, text: a.text });
    const others = [['våld'], ['våld', 'nära'], ['AF'], ['AF', 'W']].map(
      (words) => wordsSearch(words, 20, 0).name,
    );
    expect(others).toEqual([
      'lookup_words_1',
      'lookup_words_2',
      'lookup_words_0_short',
      'lookup_words_0_short',
    ]);
  });

  it('tests each long word against its agencies or the title, and short words against agencies only', () => {
    const { text } = wordsSearch(['våld', 'nära', 'AF'], 20, 0);
    const title = (n: number) =>
      `s.title ILIKE (SELECT w.pattern FROM words w WHERE w.word = ${n})`;
    expect(text).toContain(title(1));
    expect(text).toContain(title(2));
    expect(text).not.toContain(title(3));
    expect(text).toContain('(SELECT n.agency_ids FROM named n WHERE n.word = 2)');
    expect(text).toContain('(SELECT agency_ids FROM short_words)');
  });
});
