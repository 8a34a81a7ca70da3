import fc from 'fast-check';
import { Client } from 'pg';
import { wordsSearch } from '../src/lookup/lookup-sql';
import { containsPattern, isTitleWord, parseLookupQuery } from '../src/lookup/lookup-terms';
import { LookupService } from '../src/lookup/lookup.service';
import { searchBefore } from './support/lookup-before';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The lookup by words answers as it did before it became one prepared statement: the same
 * total and the same references in the same order, page by page, on a generated set of
 * agencies and surveys and for generated queries (words of titles and agency names, parts
 * of them, short words, case changes, punctuation and LIKE's own characters).
 */
const AGENCIES: [name: string, shortName: string | null][] = [
  ['Socialstyrelsen', 'SoS'],
  ['Inspektionen för vård och omsorg', 'IVO'],
  ['Myndigheten för vård- och omsorgsanalys', 'Myva'],
  ['Center mot våldsbejakande extremism', 'CVE'],
  ['Arbetsförmedlingen', 'AF'],
  ['Försäkringskassan', 'FK'],
  ['Länsstyrelsen i Dalarnas län', 'Lst W'],
  ['Länsstyrelsen i Stockholms län', 'Lst AB'],
  ['Boverket', null],
  ['E-hälsomyndigheten', null],
  ['Brottsförebyggande rådet', 'Brå'],
  ['Utredningen om 50% av_allt (S 2017:03)', 'U_50%'],
];

const TITLE_WORDS = [
  'Enkät',
  'om',
  'i',
  'till',
  'hemtjänst',
  'hemtjänsten',
  'ÄLDREOMSORGEN',
  'äldreomsorg',
  'våld',
  'våldsbejakande',
  'nära',
  'relationer',
  'covid-19',
  'CVE:s',
  '(IVO)',
  'AF',
  'af-projekt',
  'Lst',
  'W',
  '50%',
  'a_b',
  'back\\slash',
  'socialtjänst',
  'Socialstyrelsen',
  'kommunernas',
  'Ärende',
  'é',
  '2021',
  '4711',
  '14711',
];

const STATUSES = ['draft', 'sent', 'closed', 'withdrawn'] as const;
/** Few distinct days, so that the order's tie-breaks (withdrawn_at, then id) are exercised. */
const DAYS = ['2021-02-01T08:00:00Z', '2021-03-15T08:00:00Z', '2022-06-01T08:00:00Z'];
/**
 * Enough that, were the statement to show PostgreSQL its values, plans for the values at hand
 * would look cheaper than the generic plan and it would plan every run (the last test).
 */
const SURVEYS = 3000;
const QUERY_RUNS = 400;

const surveyArbitrary = fc.record({
  agency: fc.nat({ max: AGENCIES.length - 1 }),
  words: fc.array(fc.constantFrom(...TITLE_WORDS), { minLength: 1, maxLength: 6 }),
  status: fc.constantFrom(...STATUSES),
  day: fc.constantFrom(...DAYS),
});

const NAME_WORDS = AGENCIES.flatMap(([name, short]) => [
  ...name.split(' '),
  ...(short ? [short, ...short.split(' ')] : []),
]);
const VOCABULARY = [...TITLE_WORDS, ...NAME_WORDS];

/** A word as people type it: whole, a part of one, in another case, with punctuation around. */
const typedWord = fc.oneof(
  fc.constantFrom(...VOCABULARY),
  fc
    .tuple(fc.constantFrom(...VOCABULARY), fc.nat(), fc.integer({ min: 1, max: 6 }))
    .map(([word, start, length]) => {
      const chars = [...word];
      const from = start % chars.length;
      return chars.slice(from, from + length).join('');
    }),
  fc.constantFrom(...VOCABULARY).map((word) => word.toUpperCase()),
  fc.constantFrom(...VOCABULARY).map((word) => `(${word.toLowerCase()}),`),
  fc.string({
    unit: fc.constantFrom('a', 'å', 'Ä', 'v', 'l', '%', '_', '\\', '-', '5'),
    minLength: 1,
    maxLength: 4,
  }),
);
const queryArbitrary = fc
  .array(typedWord, { minLength: 1, maxLength: 4 })
  .map((words) => words.join(' '))
  .filter((q) => q.trim() !== '' && parseLookupQuery(q).kind === 'words');
const pageArbitrary = fc.constantFrom(
  { limit: 20, offset: 0 },
  { limit: 5, offset: 0 },
  { limit: 3, offset: 4 },
  { limit: 100, offset: 0 },
);

/** Queries a reader of the rules would try first: short words, agencies, LIKE's characters. */
const EDGE_QUERIES = [
  'om i',
  'AF',
  'af W',
  'W',
  'lst w',
  'Lst AB',
  'AB W',
  'i AF',
  'AF kommunernas',
  'Länsstyrelsen W',
  '%',
  '_',
  '\\',
  '50%',
  'a_b',
  'U_50%',
  'av_allt',
  'covid-19',
  'CVE:s',
  'våld CVE',
  'vård',
  'omsorg',
  'é',
  'ÄLDREOMSORGEN hemtjänst',
  '4711',
  '471 14711',
  'Socialstyrelsen socialstyrelsen',
];

async function seed(t: TestApp): Promise<void> {
  const agencyIds: string[] = [];
  for (const [name, shortName] of AGENCIES) {
    const rows: { id: string }[] = await t.dataSource.query(
      `INSERT INTO agencies (name, short_name, kind) VALUES ($1, $2, 'state_agency') RETURNING id`,
      [name, shortName],
    );
    agencyIds.push(rows[0].id);
  }
  const surveys = fc.sample(surveyArbitrary, { seed: 20_251_206, numRuns: SURVEYS });
  await t.dataSource.query(
    `INSERT INTO surveys (reference, agency_id, title, collection_method, recipient_scope,
                          recipient_count, status, sent_at, withdrawn_at)
     SELECT 'ENK-2099-' || lpad(n::text, 4, '0'), agency, title, 'web_questionnaire',
            'all_municipalities', 290, status,
            CASE WHEN status IN ('sent', 'closed') THEN day END,
            CASE WHEN status = 'withdrawn' THEN day END
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[])
            WITH ORDINALITY AS s(agency, title, status, day, n)`,
    [
      surveys.map((survey) => agencyIds[survey.agency]),
      surveys.map((survey) => survey.words.join(' ')),
      surveys.map((survey) => survey.status),
      surveys.map((survey) => survey.day),
    ],
  );
  await t.dataSource.query('ANALYZE agencies, surveys');
}

describe('lookup by words, compared with the statements it replaced', () => {
  let t: TestApp;
  let lookup: LookupService;

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0', LOOKUP_CACHE_ENTRIES: '0' });
    lookup = t.app.get(LookupService);
    await seed(t);
  });
  afterAll(() => t.close());

  /** Whether a survey of these lacks a long word of the query in its title. */
  const matchedByAgency = async (q: string, references: string[]): Promise<boolean> => {
    const terms = parseLookupQuery(q);
    const patterns =
      terms.kind === 'words' ? terms.words.filter(isTitleWord).map(containsPattern) : [];
    const rows: { n: number }[] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM surveys WHERE reference = ANY ($1) AND NOT title ILIKE ALL ($2)',
      [references, patterns],
    );
    return rows[0].n > 0;
  };

  const both = async (q: string, page: { limit: number; offset: number }) => {
    const terms = parseLookupQuery(q);
    if (terms.kind !== 'words') throw new Error(`not words: ${q}`);
    const before = await searchBefore(t.dataSource, terms.words, page.limit, page.offset);
    const answer = await lookup.search({ q, ...page });
    const now = { total: answer.total, references: answer.items.map((item) => item.reference) };
    return { before, now };
  };

  it('gives the same answers to the queries a reader of the rules would try first', async () => {
    const differing = [];
    let found = 0;
    for (const q of EDGE_QUERIES) {
      const { before, now } = await both(q, { limit: 20, offset: 0 });
      if (before.total > 0) found += 1;
      if (JSON.stringify(before) !== JSON.stringify(now)) differing.push({ q, before, now });
    }
    expect(differing).toEqual([]);
    expect(found).toBeGreaterThan(EDGE_QUERIES.length / 2);
  });

  it('gives the same total and page, in the same order, for generated queries', async () => {
    const seen = { someFound: 0, beyondPage: 0, byAgencyOnly: 0 };
    await fc.assert(
      fc.asyncProperty(queryArbitrary, pageArbitrary, async (q, page) => {
        const { before, now } = await both(q, page);
        expect(now).toEqual(before);
        if (before.total > 0) seen.someFound += 1;
        if (before.total > page.offset + page.limit) seen.beyondPage += 1;
        if (await matchedByAgency(q, before.references)) seen.byAgencyOnly += 1;
      }),
      { seed: 4_711, numRuns: QUERY_RUNS },
    );
    // The generated queries find things, page through them, and match by agency, not only
    // by title: otherwise agreeing would prove little.
    expect(seen.someFound).toBeGreaterThan(QUERY_RUNS / 4);
    expect(seen.beyondPage).toBeGreaterThan(QUERY_RUNS / 20);
    expect(seen.byAgencyOnly).toBeGreaterThan(QUERY_RUNS / 20);
  });

  it('is planned once per connection and shape, not again for each query', async () => {
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const queries = ['våld nära', 'hemtjänst kommunernas', 'äldreomsorg 2021', 'covid-19 Enkät'];
      for (let run = 0; run < 12; run++) {
        const statement = wordsSearch(queries[run % queries.length].split(' '), 20, run % 3);
        await client.query(statement);
      }
      const { rows } = await client.query<{ generic_plans: string; custom_plans: string }>(
        'SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = $1',
        [wordsSearch(['våld', 'nära'], 20, 0).name],
      );
      // PostgreSQL tries five plans for the values at hand before it settles on one.
      expect(rows).toEqual([{ generic_plans: '7', custom_plans: '5' }]);
    } finally {
      await client.end();
    }
  });
});
