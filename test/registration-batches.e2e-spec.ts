import { api } from './support/api';
import { startTestApp, TestApp } from './support/test-app';

interface BatchBody {
  results: { idempotencyKey: string; status: number; body: Record<string, unknown> }[];
}

type Body = Record<string, unknown>;

function received(externalId: string, overrides: Body = {}): Body {
  return {
    sourceSystem: 'skr-diarium',
    externalId,
    type: 'survey_received',
    registeredAt: '2021-03-15T10:00:00+01:00',
    agency: { name: 'Socialstyrelsen', orgNumber: '202100-5554' },
    title: `Enkät ${externalId} om första linjens chefer`,
    ...overrides,
  };
}

function referenceNumber(reference: unknown): number {
  return Number(String(reference).split('-')[2]);
}

/**
 * Batches are applied a chunk at a time, first without a savepoint per item; a chunk in which
 * an item fails in the database is rolled back and applied again item by item. These check
 * that the outcome is the same as item by item from the start.
 */
describe('registration batches', () => {
  let t: TestApp;
  let registrarKey: string;

  const batch = (items: unknown) =>
    api(t, registrarKey).post('/api/v1/registrations/batch', { items });

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    registrarKey = await t.keyFor('registrar');
  });

  it('applies the valid items around ones that fail in the database, with gapless references', async () => {
    const items = [
      { idempotencyKey: 'g-1', registration: received('G-1') },
      { idempotencyKey: 'g-2', registration: received('G-2') },
      // Fails after its key was claimed: no survey has this reference.
      {
        idempotencyKey: 'g-3',
        registration: received('G-3', { surveyReference: 'ENK-2021-9999' }),
      },
      { idempotencyKey: 'g-4', registration: received('G-4') },
      // Fails after the survey lookups: nothing to decide.
      {
        idempotencyKey: 'g-5',
        registration: received('G-5', { type: 'consultation_decided', decision: 'no_objection' }),
      },
      { idempotencyKey: 'g-6', registration: received('G-6') },
    ];
    const { results } = (await batch(items).expect(200)).body as BatchBody;

    expect(results.map((result) => [result.idempotencyKey, result.status])).toEqual([
      ['g-1', 201],
      ['g-2', 201],
      ['g-3', 400],
      ['g-4', 201],
      ['g-5', 409],
      ['g-6', 201],
    ]);
    expect(results[2].body).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(results[4].body).toMatchObject({ code: 'NO_CONSULTATION_TO_DECIDE' });
    const numbers = [0, 1, 3, 5].map((i) => referenceNumber(results[i].body.surveyReference));
    expect(numbers).toEqual([numbers[0], numbers[0] + 1, numbers[0] + 2, numbers[0] + 3]);

    const rows: Record<string, number>[] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM registrations)::int AS registrations,
              (SELECT count(*) FROM surveys)::int AS surveys,
              (SELECT count(*) FROM idempotency_keys)::int AS keys,
              (SELECT count(*) FROM audit_events WHERE action = 'registration.created')::int AS audited,
              (SELECT max(last_number) FROM survey_reference_counters)::int AS counter`,
    );
    expect(rows[0]).toEqual({
      registrations: 4,
      surveys: 4,
      keys: 4,
      audited: 4,
      counter: numbers[3],
    });

    // A failed item stored no answer: its key may be used again, corrected.
    const retried = await api(t, registrarKey)
      .post('/api/v1/registrations', received('G-3'), { 'Idempotency-Key': 'g-3' })
      .expect(201);
    expect(referenceNumber(retried.body.surveyReference)).toBe(numbers[3] + 1);
  });

  it('writes the same audit trail, flags and outbox events for a batch item as for a single request', async () => {
    const trail = async (surveyId: string) => {
      const audit: { action: string; entity_type: string }[] = await t.dataSource.query(
        'SELECT action, entity_type FROM audit_events WHERE survey_id = $1 ORDER BY id',
        [surveyId],
      );
      const flags: { code: string; state: string }[] = await t.dataSource.query(
        'SELECT code, state FROM flags WHERE survey_id = $1 ORDER BY code',
        [surveyId],
      );
      const events: { type: string }[] = await t.dataSource.query(
        'SELECT type FROM outbox_events WHERE survey_id = $1 ORDER BY seq',
        [surveyId],
      );
      const survey: { open_flags: string[] }[] = await t.dataSource.query(
        'SELECT open_flags FROM surveys WHERE id = $1',
        [surveyId],
      );
      return { audit, flags, events, openFlags: survey[0].open_flags };
    };
    const single = await api(t, registrarKey)
      .post('/api/v1/registrations', received('S-1', { title: 'Kartläggning av hemlöshet' }), {
        'Idempotency-Key': 's-1',
      })
      .expect(201);
    const { results } = (
      await batch([
        {
          idempotencyKey: 'b-1',
          registration: received('B-1', { title: 'Kartläggning av hemlöshet' }),
        },
      ]).expect(200)
    ).body as BatchBody;

    const fromSingle = await trail(single.body.surveyId as string);
    const fromBatch = await trail(results[0].body.surveyId as string);
    expect(fromBatch.audit).toEqual([
      { action: 'survey.created', entity_type: 'survey' },
      ...fromBatch.flags.map(() => ({ action: 'flag.raised', entity_type: 'flag' })),
      { action: 'registration.created', entity_type: 'registration' },
    ]);
    // The second survey with the same title is a possible duplicate of the first.
    expect(fromBatch.flags).toEqual(
      expect.arrayContaining([{ code: 'POSSIBLE_DUPLICATE', state: 'open' }]),
    );
    expect(fromBatch.events).toEqual(fromBatch.flags.map(() => ({ type: 'flag.raised' })));
    expect(fromBatch.openFlags.sort()).toEqual(fromBatch.flags.map((flag) => flag.code).sort());
    expect(fromSingle.audit.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['survey.created', 'registration.created']),
    );
    expect(fromSingle.flags.filter((flag) => flag.code !== 'POSSIBLE_DUPLICATE')).toEqual(
      fromBatch.flags.filter((flag) => flag.code !== 'POSSIBLE_DUPLICATE'),
    );
  });
});
