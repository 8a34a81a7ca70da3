import request, { type Test } from 'supertest';
import { api } from './support/api';
import { dbSnapshot, expectError } from './support/e2e-helpers';
import { scenario } from './support/scenario';
import { startTestApp, TestApp } from './support/test-app';

interface RegistrationBody {
  id: string;
  sourceSystem: string;
  externalId: string;
  type: string;
  registeredAt: string;
  agency: { name: string; orgNumber: string | null };
  title: string;
  caseNumber: string | null;
  decision: string | null;
  surveyId: string;
  surveyReference: string;
  consultationId: string | null;
  appliedAt: string;
}

interface BatchBody {
  results: { idempotencyKey: string; status: number; body: Record<string, unknown> }[];
}

type Body = Record<string, unknown>;

const SOURCE = 'skr-diarium';

function received(externalId: string, overrides: Body = {}): Body {
  return {
    sourceSystem: SOURCE,
    externalId,
    type: 'survey_received',
    registeredAt: '2021-03-15T10:00:00+01:00',
    agency: { name: 'Socialstyrelsen', orgNumber: '202100-5554' },
    title: 'Enkät om första linjens chefer',
    ...overrides,
  };
}

/** Row counts of what registrations write. */
async function tables(t: TestApp) {
  const rows: Record<string, number>[] = await t.dataSource.query(
    `SELECT (SELECT count(*) FROM registrations)::int AS registrations,
            (SELECT count(*) FROM idempotency_keys)::int AS idempotency_keys,
            (SELECT count(*) FROM consultations)::int AS consultations`,
  );
  return rows[0];
}

describe('registrar integration', () => {
  let t: TestApp;
  let s: ReturnType<typeof scenario>;
  let registrarKey: string;
  let keyCounter = 0;

  const post = (body: Body, key?: string, apiKey = registrarKey): Test => {
    const headers: Record<string, string> = key === undefined ? {} : { 'Idempotency-Key': key };
    return api(t, apiKey).post('/api/v1/registrations', body, headers);
  };

  async function register(body: Body, status = 201): Promise<RegistrationBody> {
    const response = await post(body, `key-${++keyCounter}`);
    expect(`${response.status} ${response.text}`).toMatch(new RegExp(`^${status} `));
    return response.body as RegistrationBody;
  }

  const batch = (items: unknown, apiKey = registrarKey) =>
    api(t, apiKey).post('/api/v1/registrations/batch', { items });

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    s = scenario(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    registrarKey = await t.keyFor('registrar', [SOURCE, 'region-diarium']);
  });

  describe('idempotency', () => {
    it('applies 50 parallel identical requests with one key once, with 50 identical answers', async () => {
      const body = received('D-2021-0001');
      const responses = await Promise.all(
        Array.from({ length: 50 }, () => post(body, 'one-key-for-all')),
      );
      expect(new Set(responses.map((response) => response.status))).toEqual(new Set([201]));
      expect(new Set(responses.map((response) => response.text)).size).toBe(1);
      expect(responses[0].headers['content-type']).toMatch(/^application\/json/);
      const counts = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM registrations)::int AS registrations,
                (SELECT count(*) FROM surveys)::int AS surveys,
                (SELECT count(*) FROM agencies)::int AS agencies`,
      );
      expect(counts[0]).toEqual({ registrations: 1, surveys: 1, agencies: 1 });
    });

    it('replays the first answer byte for byte, even after the registration was updated', async () => {
      const first = await post(received('D-1'), 'k-1');
      expect(first.status).toBe(201);
      await register(received('D-1', { title: 'Enkät om chefer i hemtjänsten' }), 200);
      const replay = await post(received('D-1'), 'k-1');
      expect({ status: replay.status, text: replay.text }).toEqual({
        status: 201,
        text: first.text,
      });
    });

    it('refuses the same key with another body (422) and changes nothing', async () => {
      await post(received('D-1'), 'k-1').expect(201);
      const before = { ...(await dbSnapshot(t.dataSource)), ...(await tables(t)) };
      const response = await post(received('D-1', { title: 'En annan titel' }), 'k-1');
      expectError(response, 422, 'IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key');
      expect({ ...(await dbSnapshot(t.dataSource)), ...(await tables(t)) }).toEqual(before);
    });

    it('treats the same body with its keys in another order as the same body', async () => {
      const body = received('D-1');
      const first = await post(body, 'k-1').expect(201);
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      const replay = await post(reordered, 'k-1');
      expect({ status: replay.status, text: replay.text }).toEqual({
        status: 201,
        text: first.text,
      });
    });

    it('scopes keys per API key: another registrar may use the same key', async () => {
      await post(received('D-1'), 'shared-key').expect(201);
      const otherRegistrar = await t.keyFor('registrar');
      const other = await post(
        received('D-2', { title: 'Enkät om IVO:s tillsyn' }),
        'shared-key',
        otherRegistrar,
      );
      expect(other.status).toBe(201);
      expect((await tables(t)).registrations).toBe(2);
    });

    it('does not keep a failed answer: the corrected body may use the same key', async () => {
      const bad = await post(
        received('D-1', { type: 'consultation_decided', decision: 'no_objection' }),
        'k-1',
      );
      expectError(bad, 409, 'NO_CONSULTATION_TO_DECIDE');
      expect(await tables(t)).toEqual({ registrations: 0, idempotency_keys: 0, consultations: 0 });
      expect((await post(received('D-1'), 'k-1')).status).toBe(201);
    });

    it.each([
      ['missing', undefined],
      ['empty', ''],
      ['longer than 200 characters', 'k'.repeat(201)],
    ])('requires the Idempotency-Key header (400 when %s)', async (_label, key) => {
      const before = await tables(t);
      expectError(await post(received('D-1'), key), 400, 'VALIDATION_FAILED', 'Idempotency-Key');
      expect(await tables(t)).toEqual(before);
    });

    it('accepts a key of exactly 200 characters', async () => {
      expect((await post(received('D-1'), 'k'.repeat(200))).status).toBe(201);
    });
  });

  describe('the natural key', () => {
    it('updates the same survey when sourceSystem + externalId come again', async () => {
      const first = await register(received('D-7'));
      const again = await register(
        received('D-7', { title: 'Enkät om första linjens chefer i hemtjänsten' }),
        200,
      );
      expect(again).toMatchObject({
        id: first.id,
        surveyId: first.surveyId,
        title: 'Enkät om första linjens chefer i hemtjänsten',
      });
      expect((await s.get(first.surveyId)).title).toBe(
        'Enkät om första linjens chefer i hemtjänsten',
      );
      const counts = await t.dataSource.query(
        `SELECT (SELECT count(*) FROM registrations)::int AS registrations,
                (SELECT count(*) FROM surveys)::int AS surveys`,
      );
      expect(counts[0]).toEqual({ registrations: 1, surveys: 1 });
    });

    it('carries one registrar case from receipt through request to decision', async () => {
      const receipt = await register(received('CASE-9'));
      const requested = await register(
        received('CASE-9', {
          type: 'consultation_requested',
          registeredAt: '2021-03-16T09:00:00+01:00',
          caseNumber: 'SKR 2021/00123',
        }),
        200,
      );
      expect(requested).toMatchObject({ id: receipt.id, surveyId: receipt.surveyId });
      expect(requested.consultationId).not.toBeNull();
      const decided = await register(
        received('CASE-9', {
          type: 'consultation_decided',
          registeredAt: '2021-04-06T09:00:00+02:00',
          decision: 'advised_against',
        }),
        200,
      );
      expect(decided).toMatchObject({ id: receipt.id, consultationId: requested.consultationId });
      const consultation = (
        await api(t).get(`/api/v1/consultations/${requested.consultationId}`).expect(200)
      ).body;
      expect(consultation).toMatchObject({
        status: 'completed',
        requestedAt: '2021-03-16T08:00:00.000Z',
        completedAt: '2021-04-06T07:00:00.000Z',
        outcome: 'advised_against',
        skrCaseNumber: 'SKR 2021/00123',
      });
      expect(await tables(t)).toMatchObject({ registrations: 1, consultations: 1 });
    });

    it('moves a re-registered request to its new date instead of adding a consultation', async () => {
      const survey = await register(received('D-1'));
      const request1 = await register(
        received('REQ-1', {
          type: 'consultation_requested',
          surveyReference: survey.surveyReference,
        }),
      );
      const request2 = await register(
        received('REQ-1', {
          type: 'consultation_requested',
          surveyReference: survey.surveyReference,
          registeredAt: '2021-03-20T10:00:00+01:00',
          caseNumber: 'SKR 2021/00200',
        }),
        200,
      );
      expect(request2.consultationId).toBe(request1.consultationId);
      const consultation = (
        await api(t).get(`/api/v1/consultations/${request1.consultationId}`).expect(200)
      ).body;
      expect(consultation).toMatchObject({
        requestedAt: '2021-03-20T09:00:00.000Z',
        skrCaseNumber: 'SKR 2021/00200',
      });
      expect((await tables(t)).consultations).toBe(1);
    });
  });

  describe('each type', () => {
    it('survey_received: a draft for a known agency found by org number', async () => {
      const sos = await s.agency('socialstyrelsen');
      const body = await register(
        received('D-1', { agency: { name: 'Socialstyrelsen (SoS)', orgNumber: '2021005554' } }),
      );
      const survey = await s.get(body.surveyId);
      expect(survey).toMatchObject({
        status: 'draft',
        title: 'Enkät om första linjens chefer',
        agency: { id: sos },
        reference: body.surveyReference,
      });
      expect(body).toMatchObject({
        type: 'survey_received',
        consultationId: null,
        agency: { orgNumber: '202100-5554' },
      });
    });

    it('survey_received: an agency known by name in another case, else a new one marked for review', async () => {
      const sos = await s.agency('socialstyrelsen');
      const known = await register(received('D-1', { agency: { name: 'SOCIALSTYRELSEN' } }));
      expect((await s.get(known.surveyId)).agency).toMatchObject({ id: sos });
      const unknown = await register(
        received('D-2', {
          agency: { name: 'Inspektionen för vård och omsorg', orgNumber: '202100-6297' },
          title: 'Enkät om tillsyn',
        }),
      );
      const survey = await s.get(unknown.surveyId);
      const agency = (
        await api(t)
          .get(`/api/v1/agencies/${(survey.agency as { id: string }).id}`)
          .expect(200)
      ).body;
      expect(agency).toMatchObject({
        name: 'Inspektionen för vård och omsorg',
        orgNumber: '202100-6297',
        kind: 'state_agency',
        needsReview: true,
      });
    });

    it('survey_received with a reference updates that survey’s title', async () => {
      const sos = await s.agency('socialstyrelsen');
      const survey = await s.survey(sos, { title: 'Första linjens chefer' });
      const body = await register(received('D-1', { surveyReference: survey.reference }));
      expect(body.surveyId).toBe(survey.id);
      expect((await s.get(survey.id)).title).toBe('Enkät om första linjens chefer');
    });

    it('consultation_requested: finds the agency’s survey by a similar title', async () => {
      const sos = await s.agency('socialstyrelsen');
      const survey = await s.survey(sos, {
        title: 'Enkät om första linjens chefer',
        plannedSendDate: '2021-04-06',
      });
      const body = await register(
        received('REQ-1', {
          type: 'consultation_requested',
          title: 'Första linjens chefer – enkät',
          caseNumber: 'SKR 2021/00042',
        }),
      );
      expect(body.surveyId).toBe(survey.id);
      const after = await s.get(survey.id);
      expect(after).toMatchObject({ consultationStatus: 'requested' });
      const consultation = (
        await api(t).get(`/api/v1/consultations/${body.consultationId}`).expect(200)
      ).body;
      expect(consultation).toMatchObject({
        surveyId: survey.id,
        requestedAt: '2021-03-15T09:00:00.000Z',
        skrCaseNumber: 'SKR 2021/00042',
      });
    });

    it('consultation_requested: registers the survey as a draft when none matches', async () => {
      const sos = await s.agency('socialstyrelsen');
      const other = await s.survey(sos, { title: 'Enkät om kompetensförsörjning' });
      const body = await register(received('REQ-1', { type: 'consultation_requested' }));
      expect(body.surveyId).not.toBe(other.id);
      expect(await s.get(body.surveyId)).toMatchObject({
        status: 'draft',
        title: 'Enkät om första linjens chefer',
        consultationStatus: 'requested',
      });
    });

    it('consultation_decided: completes the consultation found by SKR’s case number', async () => {
      const sos = await s.agency('socialstyrelsen');
      const survey = await s.survey(sos, { title: 'Enkät om första linjens chefer' });
      const consultation = await s.consult(survey.id, '2021-03-15T10:00:00+01:00');
      const body = await register(
        received('DEC-1', {
          type: 'consultation_decided',
          title: 'Yttrande',
          caseNumber: 'SKR 2021/00042',
          registeredAt: '2021-04-06T09:00:00+02:00',
          decision: 'no_objection',
        }),
      );
      expect(body).toMatchObject({
        surveyId: survey.id,
        consultationId: consultation.id,
        decision: 'no_objection',
      });
      expect(await s.get(survey.id)).toMatchObject({
        consultationStatus: 'completed',
        skrOutcome: 'no_objection',
      });
    });

    it('consultation_decided: 409 when there is nothing to decide, and nothing is written', async () => {
      const before = { ...(await dbSnapshot(t.dataSource)), ...(await tables(t)) };
      const response = await post(
        received('DEC-1', {
          type: 'consultation_decided',
          decision: 'no_objection',
          agency: { name: 'Okänd myndighet' },
        }),
        'k-dec',
      );
      expectError(response, 409, 'NO_CONSULTATION_TO_DECIDE');
      expect({ ...(await dbSnapshot(t.dataSource)), ...(await tables(t)) }).toEqual(before);
    });

    it('consultation_decided: a decision before the request is refused (400)', async () => {
      const survey = await register(received('CASE-1', { type: 'consultation_requested' }));
      const response = await post(
        received('CASE-1', {
          type: 'consultation_decided',
          decision: 'no_objection',
          registeredAt: '2021-03-01T10:00:00+01:00',
        }),
        'k-early',
      );
      expectError(response, 400, 'VALIDATION_FAILED', 'completedAt');
      expect((await s.get(survey.surveyId)).consultationStatus).toBe('requested');
    });
  });

  describe('batch', () => {
    it('applies each item on its own: a bad item fails alone', async () => {
      const response = await batch([
        { idempotencyKey: 'b-1', registration: received('B-1') },
        { idempotencyKey: 'b-2', registration: received('B-2', { title: '' }) },
        {
          idempotencyKey: 'b-3',
          registration: received('B-3', {
            title: 'Enkät om IVO:s tillsyn',
            type: 'consultation_requested',
          }),
        },
        { idempotencyKey: 'b-4', registration: received('B-4', { type: 'consultation_decided' }) },
        { idempotencyKey: 'b-5', registration: received('B-5', { unexpected: true }) },
      ]).expect(200);
      const { results } = response.body as BatchBody;
      expect(results.map((result) => [result.idempotencyKey, result.status])).toEqual([
        ['b-1', 201],
        ['b-2', 400],
        ['b-3', 201],
        ['b-4', 400],
        ['b-5', 400],
      ]);
      const fields = (index: number) =>
        new Set((results[index].body.details as { field: string }[]).map((d) => d.field));
      expect(results[1].body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect([fields(1), fields(3), fields(4)]).toEqual([
        new Set(['title']),
        new Set(['decision']),
        new Set(['unexpected']),
      ]);
      expect(await tables(t)).toEqual({ registrations: 2, idempotency_keys: 2, consultations: 1 });
    });

    it('replays items by their keys, also across single requests and batches', async () => {
      const single = await post(received('B-1'), 'b-1').expect(201);
      const { results } = (
        await batch([
          { idempotencyKey: 'b-1', registration: received('B-1') },
          { idempotencyKey: 'b-1', registration: received('B-1', { title: 'Annan' }) },
        ]).expect(200)
      ).body as BatchBody;
      expect(results[0]).toEqual({
        idempotencyKey: 'b-1',
        status: 201,
        body: JSON.parse(single.text),
      });
      expect(results[1]).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    });

    it('applies 150 items across transaction chunks, in order, listed in that order', async () => {
      const items = Array.from({ length: 150 }, (_, i) => ({
        idempotencyKey: `many-${i}`,
        registration: received(`M-${String(i).padStart(3, '0')}`, {
          title: `Enkät nummer ${i} om ${i % 2 === 0 ? 'hemtjänst' : 'skola'}`,
        }),
      }));
      const { results } = (await batch(items).expect(200)).body as BatchBody;
      expect(results.map((result) => result.status)).toEqual(Array(150).fill(201));
      expect(results.map((result) => result.idempotencyKey)).toEqual(
        items.map((item) => item.idempotencyKey),
      );
      const listed = (await api(t).get('/api/v1/registrations?limit=500').expect(200)).body;
      expect(listed.total).toBe(150);
      expect(listed.items.map((item: RegistrationBody) => item.externalId)).toEqual(
        items.map((item) => item.registration.externalId),
      );
      const references = new Set(results.map((result) => result.body.surveyReference));
      expect(references.size).toBe(150);
    });

    it('applies a key sent by a batch and a single request at once only once', async () => {
      const body = received('RACE-1');
      const [single, batched] = await Promise.all([
        post(body, 'race-key'),
        batch([{ idempotencyKey: 'race-key', registration: body }]),
      ]);
      const item = (batched.body as BatchBody).results[0];
      expect([single.status, item.status]).toEqual([201, 201]);
      expect(item.body).toEqual(JSON.parse(single.text));
      expect((await tables(t)).registrations).toBe(1);
    });

    it.each([
      ['items missing', undefined],
      ['items not an array', { idempotencyKey: 'x', registration: {} }],
      ['no items', []],
      [
        'more than 500 items',
        Array.from({ length: 501 }, (_, i) => ({ idempotencyKey: `k${i}`, registration: {} })),
      ],
      ['an item without key', [{ registration: received('B-1') }]],
      [
        'an item with a key too long',
        [{ idempotencyKey: 'k'.repeat(201), registration: received('B-1') }],
      ],
      ['a registration that is not an object', [{ idempotencyKey: 'k', registration: 'B-1' }]],
      [
        'an item with an unknown field',
        [{ idempotencyKey: 'k', registration: received('B-1'), extra: 1 }],
      ],
    ])('refuses a bad batch shape with 400 (%s) and writes nothing', async (_label, items) => {
      const before = await tables(t);
      expectError(await batch(items), 400, 'VALIDATION_FAILED');
      expect(await tables(t)).toEqual(before);
    });
  });

  describe('listing what was applied', () => {
    it('filters by source system and since, oldest first, paged', async () => {
      await register(received('A-1'));
      await register(received('A-2', { title: 'Enkät om IVO:s tillsyn' }));
      await register(
        received('X-1', { sourceSystem: 'region-diarium', title: 'Enkät om hemtjänst' }),
      );
      const all = (
        await api(t, registrarKey).get(`/api/v1/registrations?sourceSystem=${SOURCE}`).expect(200)
      ).body;
      expect(all).toMatchObject({ total: 2, limit: 50, offset: 0 });
      expect(all.items.map((item: RegistrationBody) => item.externalId)).toEqual(['A-1', 'A-2']);
      expect(all.items[0]).toMatchObject({
        sourceSystem: SOURCE,
        type: 'survey_received',
        registeredAt: '2021-03-15T09:00:00.000Z',
        surveyReference: expect.stringMatching(/^ENK-\d{4}-\d{4}$/),
        consultationId: null,
      });
      const since = encodeURIComponent(all.items[1].appliedAt);
      const later = (await api(t).get(`/api/v1/registrations?since=${since}`).expect(200)).body;
      expect(later.items.map((item: RegistrationBody) => item.externalId)).toEqual(['A-2', 'X-1']);
      const paged = (await api(t).get('/api/v1/registrations?limit=1&offset=1').expect(200)).body;
      expect(paged).toMatchObject({
        total: 3,
        limit: 1,
        offset: 1,
        items: [{ externalId: 'A-2' }],
      });
      expectError(
        await api(t).get('/api/v1/registrations?since=yesterday'),
        400,
        'VALIDATION_FAILED',
        'since',
      );
    });
  });

  describe('roles and malformed bodies', () => {
    it('needs a registrar or admin key (401 without, 403 for skr and network)', async () => {
      const body = received('R-1');
      const anonymous = await request(t.baseUrl)
        .post('/api/v1/registrations')
        .set('Idempotency-Key', 'r-1')
        .send(body);
      expectError(anonymous, 401, 'UNAUTHENTICATED');
      expectError(await post(body, 'r-1', await t.keyFor('skr')), 403, 'FORBIDDEN');
      expectError(await post(body, 'r-1', await t.keyFor('network')), 403, 'FORBIDDEN');
      expectError(
        await batch([{ idempotencyKey: 'r', registration: body }], await t.keyFor('network')),
        403,
        'FORBIDDEN',
      );
      expectError(
        await api(t, await t.keyFor('network')).get('/api/v1/registrations'),
        403,
        'FORBIDDEN',
      );
      expect((await post(body, 'r-1', t.adminKey)).status).toBe(201);
      expect((await tables(t)).registrations).toBe(1);
    });

    it.each([
      ['an unknown type', { type: 'survey_sent' }, 'type'],
      ['a time without offset', { registeredAt: '2021-03-15 10:00' }, 'registeredAt'],
      ['no agency', { agency: undefined }, 'agency'],
      ['an agency without a name', { agency: { orgNumber: '202100-5554' } }, 'agency.name'],
      [
        'a bad org number',
        { agency: { name: 'Socialstyrelsen', orgNumber: '202100-5555' } },
        'agency.orgNumber',
      ],
      [
        'an unknown agency field',
        { agency: { name: 'Socialstyrelsen', kind: 'state_agency' } },
        'agency.kind',
      ],
      ['a blank source system', { sourceSystem: ' ' }, 'sourceSystem'],
      ['an external id too long', { externalId: 'x'.repeat(201) }, 'externalId'],
      ['a decision on a receipt', { decision: 'no_objection' }, 'decision'],
      [
        'a decision not an outcome',
        { type: 'consultation_decided', decision: 'approved' },
        'decision',
      ],
      ['a decided without decision', { type: 'consultation_decided' }, 'decision'],
      ['an unknown reference', { surveyReference: 'ENK-2021-0999' }, 'surveyReference'],
      ['a malformed reference', { surveyReference: '2021-0999' }, 'surveyReference'],
      ['an unknown field', { diarieNummer: '1' }, 'diarieNummer'],
    ])('refuses %s with 400 and writes nothing', async (_label, overrides, field) => {
      const before = { ...(await dbSnapshot(t.dataSource)), ...(await tables(t)) };
      expectError(await post(received('M-1', overrides), 'm-1'), 400, 'VALIDATION_FAILED', field);
      expect({ ...(await dbSnapshot(t.dataSource)), ...(await tables(t)) }).toEqual(before);
    });

    it('refuses a body that is not JSON', async () => {
      const response = await request(t.baseUrl)
        .post('/api/v1/registrations')
        .set('Authorization', `Bearer ${registrarKey}`)
        .set('Idempotency-Key', 'm-1')
        .set('Content-Type', 'application/json')
        .send('{"sourceSystem": "x",');
      expectError(response, 400, 'VALIDATION_FAILED');
    });
  });
});
