import { api } from './support/api';
import { startTestApp, TestApp } from './support/test-app';

/** Titles with what trigram splitting trips on: accents, case, digits, punctuation, dashes. */
const TITLES = [
  'Enkät om första linjens chefer',
  'ENKÄT – första linjens chefer i hemtjänsten',
  'Enkät om första linjens chefer 2021',
  'Uppföljning av anhörigstöd 2025',
  'Uppfoljning av anhorigstod',
  'Kartläggning av barn placerade i familjehem och HVB',
  'Lägesbild: våld i nära relationer (vecka 12)',
  'Frågor till kommunerna om vaccinationstäckning',
  'ÅÄÖ åäö éü',
  'LSS',
  'a',
  '1 2 3',
  '   ',
  '!!!',
];

describe('title trigrams', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
  });
  afterAll(() => t.close());

  it('give the similarity pg_trgm gives, for every pair of titles', async () => {
    const rows: { a: string; b: string; expected: number; stored: number }[] =
      await t.dataSource.query(
        `SELECT a, b, similarity(a, b) AS expected,
                trigram_similarity(title_trigrams(a), title_trigrams(b)) AS stored
           FROM unnest($1::text[]) a CROSS JOIN unnest($1::text[]) b`,
        [TITLES],
      );
    expect(rows).toHaveLength(TITLES.length ** 2);
    const differing = rows.filter((row) => row.stored !== row.expected);
    expect(differing).toEqual([]);
    // Not all zero or one: the pairs exercise the measure.
    const values = new Set(rows.map((row) => row.expected));
    expect(values.size).toBeGreaterThan(5);
  });

  it('pass the one-intersection check wherever they reach the threshold', async () => {
    const rows: { threshold: number; similar: boolean; may: boolean }[] = await t.dataSource.query(
      `SELECT t AS threshold,
                trigram_similarity(title_trigrams(a), title_trigrams(b)) >= t AS similar,
                trigrams_may_be_similar(title_trigrams(a), title_trigrams(b), t) AS may
           FROM unnest($1::text[]) a CROSS JOIN unnest($1::text[]) b
          CROSS JOIN unnest($2::real[]) t`,
      [TITLES, [0.05, 0.3, 0.4, 0.5, 0.6, 0.8, 1]],
    );
    expect(rows.filter((row) => row.similar && !row.may)).toEqual([]);
    // It does turn pairs away: otherwise it would save nothing.
    expect(rows.filter((row) => !row.may).length).toBeGreaterThan(rows.length / 2);
  });

  it('are kept with the title by the database', async () => {
    await t.reset();
    const key = await t.keyFor('registrar', ['diarium']);
    const { body } = await api(t, key)
      .post(
        '/api/v1/registrations',
        {
          sourceSystem: 'diarium',
          externalId: 'T-1',
          type: 'survey_received',
          registeredAt: '2026-01-10T10:00:00Z',
          agency: { name: 'Socialstyrelsen' },
          title: 'Enkät om hemlöshet',
        },
        { 'Idempotency-Key': 't-1' },
      )
      .expect(201);
    const read = async () =>
      (
        (await t.dataSource.query(
          'SELECT title_trigrams = title_trigrams(title) AS current, cardinality(title_trigrams) AS n FROM surveys WHERE id = $1',
          [body.surveyId],
        )) as { current: boolean; n: number }[]
      )[0];
    expect(await read()).toEqual({ current: true, n: expect.any(Number) });
    expect((await read()).n).toBeGreaterThan(5);
    await t.dataSource.query(`UPDATE surveys SET title = 'Enkät om bostadslöshet' WHERE id = $1`, [
      body.surveyId,
    ]);
    expect((await read()).current).toBe(true);
  });
});
