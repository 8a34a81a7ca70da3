import { api } from './support/api';
import { startTestApp, TestApp } from './support/test-app';

type Body = Record<string, unknown>;

interface BatchBody {
  results: { idempotencyKey: string; status: number; body: Body }[];
}

/** Yesterday: drafts are dated when registered, and matching looks within 60 days. */
const REGISTERED_AT = new Date(Date.now() - 86_400_000).toISOString();

function registration(externalId: string, agency: string, title: string, extra: Body = {}): Body {
  return {
    sourceSystem: 'skr-diarium',
    externalId,
    type: 'survey_received',
    registeredAt: REGISTERED_AT,
    agency: { name: agency },
    title,
    ...extra,
  };
}

function request(externalId: string, agency: string, title: string, caseNumber: string): Body {
  return registration(externalId, agency, title, { type: 'consultation_requested', caseNumber });
}

/** Registered first, one by one: what the items below find, update or match. */
const EXISTING = [
  registration('E-1', 'Socialstyrelsen', 'Enkät om fritidsgårdar'),
  registration('E-2', 'Skolverket', 'Kartläggning av skolbibliotek'),
  registration('E-3', 'Naturvårdsverket', 'Enkät om fritidsfiske'),
  request('E-4', 'Myndigheten för delaktighet', 'Enkät om tillgänglighet', 'SKR 2026/099'),
];

/** An hour after REGISTERED_AT: a request registered again, later. */
const REGISTERED_AGAIN_AT = new Date(Date.parse(REGISTERED_AT) + 3_600_000).toISOString();

/**
 * One chunk with every kind of item: new surveys of agencies nothing else in the chunk
 * touches (applied together), and items that depend on others or on registered surveys
 * (applied one by one), which keep their agency's new surveys one by one too.
 */
const ITEMS = [
  // An update of a registered survey (Socialstyrelsen's): its new title.
  {
    key: 'k-5',
    registration: registration('E-1', 'Socialstyrelsen', 'Enkät om hemtjänstens bemanning 2026'),
  },
  // Socialstyrelsen again, after it: resembles the new title, so it is the possible
  // duplicate (applied before the update, the updated survey would be).
  {
    key: 'k-1',
    registration: registration('X-1', 'Socialstyrelsen', 'Enkät om hemtjänstens bemanning'),
  },
  // IVO: decided by X-9 below (by case number), so one by one.
  { key: 'k-2', registration: request('X-2', 'IVO', 'Tillsyn av LSS-boenden', 'SKR 2026/101') },
  // Folkhälsomyndigheten: X-4 resembles it, so both are one by one, X-4 matching X-3.
  {
    key: 'k-3',
    registration: registration('X-3', 'Folkhälsomyndigheten', 'Enkät om föräldrastöd'),
  },
  {
    key: 'k-4',
    registration: request('X-4', 'Folkhälsomyndigheten', 'Enkät om föräldrastödet', 'SKR 2026/102'),
  },
  // An agency nobody knows: registered, marked for review.
  { key: 'k-6', registration: registration('X-6', 'Myndigheten för nya enkäter', 'Enkät om allt') },
  // The key of k-2 again, same body: replays its answer.
  { key: 'k-2', registration: request('X-2', 'IVO', 'Tillsyn av LSS-boenden', 'SKR 2026/101') },
  // Skolverket: a new survey like its registered one (each a possible duplicate of the other),
  // then a request whose title matches the registered survey but not the new one: consultation
  // on the registered survey, applied together.
  {
    key: 'k-7',
    registration: registration('X-7', 'Skolverket', 'Kartläggning av skolbibliotek och läromedel'),
  },
  {
    key: 'k-8',
    registration: request('X-8', 'Skolverket', 'Skolbibliotek', 'SKR 2026/103'),
  },
  {
    key: 'k-9',
    registration: registration('X-9', 'IVO', 'Tillsyn av LSS-boenden', {
      type: 'consultation_decided',
      caseNumber: 'SKR 2026/101',
      decision: 'no_objection',
    }),
  },
  // Skolverket again, after X-8: nothing else touches Skolverket, so together too.
  { key: 'k-10', registration: registration('X-10', 'Skolverket', 'Enkät om lärarlegitimationer') },
  // Naturvårdsverket: nothing else touches it; the second is a possible duplicate of the first.
  { key: 'k-11', registration: registration('X-11', 'Naturvårdsverket', 'Enkät om strandskydd') },
  {
    key: 'k-12',
    registration: request('X-12', 'Naturvårdsverket', 'Uppföljning av miljömål', 'SKR 2026/104'),
  },
  { key: 'k-13', registration: registration('X-13', 'Naturvårdsverket', 'Enkät om strandskyddet') },
  // The registered request of Myndigheten för delaktighet again (its case number, a title
  // variant, an hour later): it updates that consultation, so one by one, though nothing else
  // touches the agency.
  {
    key: 'k-14',
    registration: {
      ...request(
        'X-14',
        'Myndigheten för delaktighet',
        'Enkät om tillgängligheten',
        'SKR 2026/099',
      ),
      registeredAt: REGISTERED_AGAIN_AT,
    },
  },
].map(({ key, registration }) => ({ idempotencyKey: key, registration }));

describe('registration batch chunks', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
  });
  afterAll(() => t.close());

  /** A fresh database with the registered surveys; the registrar's key. */
  async function prepare(): Promise<string> {
    await t.reset();
    const key = await t.keyFor('registrar');
    for (const [i, body] of EXISTING.entries()) {
      await api(t, key)
        .post('/api/v1/registrations', body, { 'Idempotency-Key': `e-${i}` })
        .expect(201);
    }
    return key;
  }

  /** Everything the items changed, with ids, times and reference numbers replaced by titles. */
  async function outcome(answers: { status: number; body: Body }[]) {
    const surveys: { id: string; reference: string; title: string }[] = await t.dataSource.query(
      'SELECT id, reference, title FROM surveys',
    );
    const titleOf = new Map(
      surveys.flatMap((s) => [[s.id, s.title] as const, [s.reference, s.title] as const]),
    );
    const named = (value: unknown) => titleOf.get(String(value)) ?? value;
    const query = (sql: string) => t.dataSource.query(sql) as Promise<Body[]>;
    return {
      answers: answers.map(({ status, body }) => ({
        status,
        survey: named(body.surveyId),
        reference: named(body.surveyReference),
        consultation: body.consultationId === null ? null : typeof body.consultationId,
        code: body.code,
      })),
      surveys: await query(
        `SELECT s.title, a.name AS agency, a.needs_review, s.status, s.consultation_status,
                s.open_flags, s.version
           FROM surveys s JOIN agencies a ON a.id = s.agency_id ORDER BY s.title`,
      ),
      consultations: await query(
        `SELECT s.title, c.requested_at, c.skr_case_number, c.completed_at, c.outcome
           FROM consultations c JOIN surveys s ON s.id = c.survey_id ORDER BY s.title, c.requested_at`,
      ),
      flags: (
        await query(
          `SELECT s.title, f.code, f.state, f.evidence FROM flags f
             JOIN surveys s ON s.id = f.survey_id ORDER BY s.title, f.code`,
        )
      ).map((flag): Body => ({
        ...flag,
        evidence: JSON.parse(JSON.stringify(flag.evidence), (_, value: unknown) => named(value)),
      })),
      registrations: await query(
        `SELECT r.external_id, r.type, s.title, r.consultation_id IS NOT NULL AS consultation
           FROM registrations r JOIN surveys s ON s.id = r.survey_id ORDER BY r.external_id`,
      ),
      audit: await query(
        `SELECT entity_type, action, count(*)::int AS n FROM audit_events
          GROUP BY 1, 2 ORDER BY 1, 2`,
      ),
      outbox: await query(
        'SELECT type, count(*)::int AS n FROM outbox_events GROUP BY 1 ORDER BY 1',
      ),
    };
  }

  /**
   * The items registered two ways on a fresh database each: one request at a time, then as
   * one batch; what each way changed, and the batch's answers.
   */
  async function bothWays(items: typeof ITEMS) {
    let key = await prepare();
    const single: { status: number; body: Body }[] = [];
    for (const item of items) {
      const response = await api(t, key).post('/api/v1/registrations', item.registration, {
        'Idempotency-Key': item.idempotencyKey,
      });
      single.push({ status: response.status, body: response.body as Body });
    }
    const oneByOne = await outcome(single);
    key = await prepare();
    const { results } = (
      await api(t, key).post('/api/v1/registrations/batch', { items }).expect(200)
    ).body as BatchBody;
    return { oneByOne, chunked: await outcome(results), results };
  }

  it('gives a chunk the outcome of its items applied one by one, in order', async () => {
    const { oneByOne, chunked, results } = await bothWays(ITEMS);

    expect(chunked).toEqual(oneByOne);
    // Each survey's trail begins with its creation, though the chunk writes surveys and
    // consultations together.
    const firstEvents: { action: string }[] = await t.dataSource.query(
      `SELECT DISTINCT ON (survey_id) action FROM audit_events
        WHERE survey_id IS NOT NULL ORDER BY survey_id, id`,
    );
    expect(new Set(firstEvents.map((event) => event.action))).toEqual(new Set(['survey.created']));
    // The scenario is what it means to be: an update, matches, a decision, a replay, and the
    // possible duplicates.
    expect(oneByOne.answers.map((answer) => answer.status)).toEqual([
      200, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201, 201,
    ]);
    expect(oneByOne.answers[14]).toMatchObject({
      survey: 'Enkät om tillgänglighet',
      consultation: 'string',
    });
    expect(oneByOne.consultations.filter((c) => c.title === 'Enkät om tillgänglighet')).toEqual([
      expect.objectContaining({
        skr_case_number: 'SKR 2026/099',
        requested_at: new Date(REGISTERED_AGAIN_AT),
      }),
    ]);
    expect(oneByOne.answers[4].survey).toBe('Enkät om föräldrastöd');
    expect(oneByOne.answers[8]).toMatchObject({
      survey: 'Kartläggning av skolbibliotek',
      consultation: 'string',
    });
    expect(oneByOne.answers[9].consultation).toBe('string');
    expect(oneByOne.flags.map(({ title, code, evidence }) => ({ title, code, evidence }))).toEqual([
      {
        title: 'Enkät om hemtjänstens bemanning',
        code: 'POSSIBLE_DUPLICATE',
        evidence: { references: ['Enkät om hemtjänstens bemanning 2026'] },
      },
      {
        title: 'Enkät om strandskyddet',
        code: 'POSSIBLE_DUPLICATE',
        evidence: { references: ['Enkät om strandskydd'] },
      },
      // Skolverket's registered survey and the new one before the request on it: each sees
      // the other, as one by one.
      {
        title: 'Kartläggning av skolbibliotek',
        code: 'POSSIBLE_DUPLICATE',
        evidence: { references: ['Kartläggning av skolbibliotek och läromedel'] },
      },
      {
        title: 'Kartläggning av skolbibliotek och läromedel',
        code: 'POSSIBLE_DUPLICATE',
        evidence: { references: ['Kartläggning av skolbibliotek'] },
      },
    ]);

    // Skolverket's and Naturvårdsverket's items were applied together: their new surveys took
    // the first references, before the items ahead of them in the chunk.
    const number = (i: number) => Number(String(results[i].body.surveyReference).split('-')[2]);
    expect([7, 10, 11, 12, 13].map(number)).toEqual([0, 1, 2, 3, 4].map((n) => number(7) + n));
    expect(number(13)).toBeLessThan(number(1));
  });

  it('applies records of past years together though a request resembles an earlier title', async () => {
    // A backfill: registered two years ago, outside the matching window around today, where
    // the earlier item's new draft (dated today) is. One by one, the request does not match
    // that draft either: it registers a draft of its own, a possible duplicate of it.
    const pastYear = new Date(Date.now() - 2 * 365 * 86_400_000).toISOString();
    const backfill = [
      registration('B-0', 'Myndigheten för arkivfrågor', 'Enkät om diarieföring', {
        registeredAt: pastYear,
      }),
      registration('B-1', 'Skolverket', 'Enkät om lärarlegitimationer', {
        registeredAt: pastYear,
      }),
      {
        ...request('B-2', 'Skolverket', 'Enkät om lärarlegitimationerna', 'SKR 2024/201'),
        registeredAt: pastYear,
      },
    ].map((body, i) => ({ idempotencyKey: `b-${i}`, registration: body }));

    const { oneByOne, chunked, results } = await bothWays(backfill);
    expect(chunked).toEqual(oneByOne);
    expect(oneByOne.answers.map(({ status, survey }) => ({ status, survey }))).toEqual([
      { status: 201, survey: 'Enkät om diarieföring' },
      { status: 201, survey: 'Enkät om lärarlegitimationer' },
      { status: 201, survey: 'Enkät om lärarlegitimationerna' },
    ]);
    expect(oneByOne.flags.map(({ title, code }) => ({ title, code }))).toContainEqual({
      title: 'Enkät om lärarlegitimationerna',
      code: 'POSSIBLE_DUPLICATE',
    });
    // Skolverket's two were applied together, before the new agency's record.
    const number = (i: number) => Number(String(results[i].body.surveyReference).split('-')[2]);
    expect(number(2)).toBe(number(1) + 1);
    expect(number(2)).toBeLessThan(number(0));
  });
});
