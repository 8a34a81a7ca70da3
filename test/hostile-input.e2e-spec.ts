import request, { type Response } from 'supertest';
import { api } from './support/api';
import { dbSnapshot, expectError } from './support/e2e-helpers';
import { AGENCIES, surveyBody } from './support/fixtures';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Input no honest client sends, and that the service once answered with a 500, silently
 * ignored or stored mangled: each is a 4xx in the contract's shape (or a Swedish page on the
 * pages), and changes nothing.
 */
interface Seed {
  agencyId: string;
  draftId: string;
  consultationId: string;
  registrarKey: string;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { requestBody?: { content?: object } }>>;
}

const UUID = '00000000-0000-4000-8000-000000000000';
const SENT_AT = '2021-04-06T09:00:00+02:00';
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

const report = {
  localAuthorityCode: '2080',
  receivedAt: '2021-03-01T10:00:00+01:00',
  title: 'Enkät om första linjens chefer',
};
const registration = (externalId: string, overrides: Record<string, unknown> = {}) => ({
  sourceSystem: 'skr-diarium',
  externalId,
  type: 'survey_received',
  registeredAt: '2021-03-15T10:00:00+01:00',
  agency: { name: 'Socialstyrelsen' },
  title: 'Enkät om hemtjänst',
  ...overrides,
});

/** A body the parser sees byte for byte, as no serialiser would write it. */
function raw(
  t: TestApp,
  method: 'post' | 'patch',
  path: string,
  body: string,
  contentType = 'application/json',
  key: string | null = t.adminKey,
): PromiseLike<Response> {
  let call = request(t.baseUrl)[method](path).set('Content-Type', contentType);
  if (key) call = call.set('Authorization', `Bearer ${key}`);
  return call.send(body);
}

/** Everything a bad request could have written, the row counts of dbSnapshot and more. */
async function everything(t: TestApp) {
  const [extra]: Record<
    | 'field_reports'
    | 'registrations'
    | 'idempotency_keys'
    | 'consultations'
    | 'max_consultation_version'
    | 'max_agency_version'
    | 'sessions',
    number
  >[] = await t.dataSource.query(
    `SELECT (SELECT count(*) FROM field_reports)::int AS field_reports,
            (SELECT count(*) FROM registrations)::int AS registrations,
            (SELECT count(*) FROM idempotency_keys)::int AS idempotency_keys,
            (SELECT count(*) FROM consultations)::int AS consultations,
            (SELECT max(version) FROM consultations)::int AS max_consultation_version,
            (SELECT max(version) FROM agencies)::int AS max_agency_version,
            (SELECT count(*) FROM sessions)::int AS sessions`,
  );
  return { ...(await dbSnapshot(t.dataSource)), ...extra };
}

async function surveyStatus(t: TestApp, id: string): Promise<string> {
  const response = await api(t).get(`/api/v1/surveys/${id}`).expect(200);
  return (response.body as { status: string }).status;
}

function expectSwedishPage(response: Response, status: number, heading: string): void {
  expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
    status,
    type: 'text/html; charset=utf-8',
  });
  expect(response.text).toMatch(/<html lang="sv">/);
  expect(response.text).toContain(heading);
}

describe('hostile input', () => {
  let t: TestApp;
  let seed: Seed;

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    const admin = api(t);
    const agencyId = (await admin.post('/api/v1/agencies', AGENCIES.socialstyrelsen).expect(201))
      .body.id as string;
    const draftId = (await admin.post('/api/v1/surveys', surveyBody(agencyId)).expect(201)).body
      .id as string;
    const consulted = (
      await admin
        .post('/api/v1/surveys', surveyBody(agencyId, { title: 'Enkät om IVO:s tillsyn' }))
        .expect(201)
    ).body.id as string;
    const consultationId = (
      await admin
        .post(`/api/v1/surveys/${consulted}/consultations`, {
          requestedAt: '2021-03-01T10:00:00+01:00',
        })
        .expect(201)
    ).body.id as string;
    seed = { agencyId, draftId, consultationId, registrarKey: await t.keyFor('registrar') };
  });

  /** The request's answer must be the given error, and nothing may have changed. */
  async function expectRefused(
    send: PromiseLike<Response>,
    status: number,
    code: string,
    field?: string,
  ) {
    const before = await everything(t);
    const body = expectError(await send, status, code, field);
    expect(await everything(t)).toEqual(before);
    return body;
  }

  describe('JSON nested deeper than 32 levels', () => {
    it('is a 400 on POST /agencies, in a field or as the whole body', async () => {
      const inField = `{"name":"Djupet","kind":"other","shortName":${nested(3000)}}`;
      for (const body of [inField, nested(3000)]) {
        const error = await expectRefused(
          raw(t, 'post', '/api/v1/agencies', body),
          400,
          'VALIDATION_FAILED',
        );
        expect(error.message).toBe('The body is nested deeper than 32 levels');
      }
    });

    it('is a 400 on every JSON write endpoint of the API', async () => {
      const document = (await api(t, null).get('/docs-json').expect(200)).body as OpenApiDocument;
      const writes = Object.entries(document.paths).flatMap(([path, item]) =>
        (['post', 'patch'] as const)
          .filter((method) => item[method]?.requestBody?.content)
          .map((method) => ({ method, path: path.replace(/\{\w+\}/g, UUID) })),
      );
      expect(writes.length).toBeGreaterThan(15);
      const before = await everything(t);
      const answers = [];
      for (const { method, path } of writes) {
        const response = await raw(t, method, path, `{"a":${nested(3000)}}`);
        answers.push({ method, path, status: response.status, message: response.body.message });
      }
      expect(answers.filter((answer) => answer.status !== 400)).toEqual([]);
      expect(new Set(answers.map((answer) => answer.message))).toEqual(
        new Set(['The body is nested deeper than 32 levels']),
      );
      expect(await everything(t)).toEqual(before);
    });

    it('lets 32 levels through to the validation of the fields', async () => {
      const body = `{"name":"Djupet","kind":"other","shortName":${nested(31)}}`;
      const error = await expectRefused(
        raw(t, 'post', '/api/v1/agencies', body),
        400,
        'VALIDATION_FAILED',
        'shortName',
      );
      expect(error.message).not.toContain('nested');
    });

    it('is the Swedish 400 page on the sign-in form, signed in as nobody', async () => {
      const before = await everything(t);
      const response = await raw(t, 'post', '/logga-in', nested(3000), undefined, null);
      expectSwedishPage(response, 400, 'Felaktig begäran');
      expect(await everything(t)).toEqual(before);
    });
  });

  describe('null, arrays and texts where an object or a value belongs', () => {
    it.each(['agencyId', 'agencyName'])('POST /reports with %s null is a 400 naming it', (field) =>
      expectRefused(
        api(t).post('/api/v1/reports', { ...report, [field]: null }),
        400,
        'VALIDATION_FAILED',
        field,
      ),
    );

    it.each([
      ['agency as an array', 'agency', { agency: [] }],
      ['agency as a text', 'agency', { agency: 'Socialstyrelsen' }],
      ['agency.orgNumber null', 'agency.orgNumber', { agency: { name: 'X', orgNumber: null } }],
      ['decision null', 'decision', { type: 'consultation_decided', decision: null }],
      ['caseNumber null', 'caseNumber', { caseNumber: null }],
    ])('POST /registrations with %s is a 400 naming it', (_label, field, overrides) =>
      expectRefused(
        api(t, seed.registrarKey).post('/api/v1/registrations', registration('R-1', overrides), {
          'Idempotency-Key': 'r-1',
        }),
        400,
        'VALIDATION_FAILED',
        field,
      ),
    );

    it('answers a batch item that is not an object as that item’s 400; the others apply', async () => {
      const before = await everything(t);
      const response = await api(t, seed.registrarKey)
        .post('/api/v1/registrations/batch', {
          items: [[], { idempotencyKey: 'b-1', registration: registration('B-1') }, null, 'B-2'],
        })
        .expect(200);
      const results = response.body.results as {
        idempotencyKey: string | null;
        status: number;
        body: { code: string; details: { field: string }[] };
      }[];
      expect(results.map((result) => [result.idempotencyKey, result.status])).toEqual([
        [null, 400],
        ['b-1', 201],
        [null, 400],
        [null, 400],
      ]);
      expect(results[0].body).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [{ field: 'items.0' }],
      });
      expect(results[3].body.details).toEqual([
        { field: 'items.3', problem: 'must be an object with idempotencyKey and registration' },
      ]);
      const after = await everything(t);
      expect([after.registrations, after.idempotency_keys]).toEqual([
        before.registrations + 1,
        before.idempotency_keys + 1,
      ]);
    });

    it.each([
      ['followUpInterviews as a number', 'followUpInterviews', { followUpInterviews: 20 }],
      ['consultationExemption as a text', 'consultationExemption', { consultationExemption: 'x' }],
      ['recurrence null', 'recurrence', { recurrence: null }],
      ['occurrences null', 'occurrences', { occurrences: null }],
      ['sensitiveData null', 'sensitiveData', { sensitiveData: null }],
    ])('POST /surveys with %s is a 400 naming it', (_label, field, overrides) =>
      expectRefused(
        api(t).post('/api/v1/surveys', surveyBody(seed.agencyId, overrides)),
        400,
        'VALIDATION_FAILED',
        field,
      ),
    );

    it.each([
      ['departmentHeadReview as an array', 'departmentHeadReview', { departmentHeadReview: [] }],
      ['departmentHeadReview as a number', 'departmentHeadReview', { departmentHeadReview: 1 }],
      ['topicsCovered null', 'topicsCovered', { topicsCovered: null }],
    ])('PATCH /consultations with %s is a 400 naming it', (_label, field, body) =>
      expectRefused(
        api(t).patch(`/api/v1/consultations/${seed.consultationId}`, body),
        400,
        'VALIDATION_FAILED',
        field,
      ),
    );

    it('names the field of a primitive where an object belongs only once, by its type', async () => {
      const error = await expectRefused(
        api(t).post('/api/v1/surveys', surveyBody(seed.agencyId, { followUpInterviews: 20 })),
        400,
        'VALIDATION_FAILED',
        'followUpInterviews',
      );
      expect(error.details).toEqual([
        { field: 'followUpInterviews', problem: 'followUpInterviews must be an object' },
      ]);
    });
  });

  describe('a NUL character in a query string', () => {
    it.each([
      '/api/v1/lookup?q=a%00b',
      '/api/v1/local-authorities?q=a%00b',
      '/api/v1/surveys?q=chef%00er',
      '/api/v1/agencies?q=Social%00',
    ])('GET %s is a 400 naming q', async (path) => {
      const error = await expectRefused(api(t).get(path), 400, 'VALIDATION_FAILED', 'q');
      expect(error.details).toEqual([{ field: 'q', problem: 'contains a NUL character' }]);
    });

    it('is a Swedish 400 page on the public search page', async () => {
      const response = await api(t, null).get('/?q=a%00b');
      expectSwedishPage(response, 400, 'Felaktig adress');
    });
  });

  describe('a body that is not JSON', () => {
    it('POST /surveys/{id}/send as text/plain is a 415, and the survey stays a draft', async () => {
      await expectRefused(
        raw(
          t,
          'post',
          `/api/v1/surveys/${seed.draftId}/send`,
          JSON.stringify({ sentAt: SENT_AT }),
          'text/plain',
        ),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
      expect(await surveyStatus(t, seed.draftId)).toBe('draft');
    });

    it.each([
      ['text/plain', '{"shortName":"SOS"}'],
      ['application/x-www-form-urlencoded', 'shortName=SOS'],
      ['application/xml', '<agency><shortName>SOS</shortName></agency>'],
    ])('PATCH /agencies/{id} as %s is a 415 and changes nothing', async (type, body) => {
      const error = await expectRefused(
        raw(t, 'patch', `/api/v1/agencies/${seed.agencyId}`, body, type),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
      expect(error.message).toContain('application/json');
    });

    it('is a 415 without a Content-Type', async () => {
      const untyped = request(t.baseUrl)
        .post(`/api/v1/surveys/${seed.draftId}/withdraw`)
        .set('Authorization', `Bearer ${t.adminKey}`)
        .unset('Content-Type')
        .send(Buffer.from('{"reason":"Onödig"}'));
      await expectRefused(untyped, 415, 'UNSUPPORTED_MEDIA_TYPE');
      expect(await surveyStatus(t, seed.draftId)).toBe('draft');
    });

    it('needs no Content-Type where there is no body', async () => {
      await request(t.baseUrl)
        .post(`/api/v1/surveys/${seed.draftId}/send`)
        .set('Authorization', `Bearer ${t.adminKey}`)
        .expect(200);
      expect(await surveyStatus(t, seed.draftId)).toBe('sent');
    });
  });

  describe('bytes and texts no column can store', () => {
    it('a JSON body with invalid UTF-8 is a 400 naming the problem, not replacement characters', async () => {
      const body = Buffer.concat([
        Buffer.from('{"name":"Myndig'),
        Buffer.from([0xff, 0xfe]),
        Buffer.from('heten","kind":"other"}'),
      ]);
      const before = await everything(t);
      const answer = await fetch(`${t.baseUrl}/api/v1/agencies`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${t.adminKey}`, 'Content-Type': 'application/json' },
        body,
      });
      const error = expectError(
        { status: answer.status, body: await answer.json() } as Response,
        400,
        'VALIDATION_FAILED',
      );
      expect(error.message).toMatch(/not valid UTF-8/);
      expect(await everything(t)).toEqual(before);
    });

    it('a lone surrogate is a 400 naming the field, at any depth, not PostgreSQL’s message', async () => {
      const title = await expectRefused(
        raw(
          t,
          'post',
          '/api/v1/surveys',
          JSON.stringify(surveyBody(seed.agencyId)).replace('"Enkät om', '"a\\ud800b'),
        ),
        400,
        'VALIDATION_FAILED',
        'title',
      );
      expect(title.message).toMatch(/^title contains a lone UTF-16 surrogate/);
      const nestedNote = JSON.stringify(
        surveyBody(seed.agencyId, {
          consultationExemption: { ground: 'time_did_not_permit', note: 'NOTE' },
        }),
      ).replace('NOTE', '\\udc00');
      await expectRefused(
        raw(t, 'post', '/api/v1/surveys', nestedNote),
        400,
        'VALIDATION_FAILED',
        'consultationExemption.note',
      );
    });

    it('a title of 320 code points (160 ❤️) is a 400 naming title; 300 are stored whole', async () => {
      const error = await expectRefused(
        api(t).post('/api/v1/surveys', surveyBody(seed.agencyId, { title: '❤️'.repeat(160) })),
        400,
        'VALIDATION_FAILED',
        'title',
      );
      expect(error.message).toBe('title must be 1 to 300 characters');
      const created = await api(t)
        .post('/api/v1/surveys', surveyBody(seed.agencyId, { title: '❤️'.repeat(150) }))
        .expect(201);
      const [stored]: { length: number }[] = await t.dataSource.query(
        'SELECT char_length(title)::int AS length FROM surveys WHERE id = $1',
        [created.body.id],
      );
      expect(stored.length).toBe(300);
    });
  });

  describe('names of JavaScript’s object model as fields', () => {
    it.each([
      ['__proto__', `{"name":"Ny","kind":"other","__proto__":{"kind":"state_agency"}}`],
      ['constructor', `{"name":"Ny","kind":"other","constructor":"x"}`],
      ['prototype', `{"name":"Ny","kind":"other","prototype":{}}`],
    ])('POST /agencies with %s is a 400 naming it', (field, body) =>
      expectRefused(raw(t, 'post', '/api/v1/agencies', body), 400, 'VALIDATION_FAILED', field),
    );

    it('is a 400 inside a nested object too', () =>
      expectRefused(
        raw(
          t,
          'post',
          '/api/v1/surveys',
          JSON.stringify(
            surveyBody(seed.agencyId, { followUpInterviews: { count: 2, minutesEach: 60 } }),
          ).replace('"count"', '"__proto__":{"count":9},"count"'),
        ),
        400,
        'VALIDATION_FAILED',
        'followUpInterviews.__proto__',
      ));
  });

  it('a URL over 16 KB is a 431 with the error shape', async () => {
    const response = await api(t, null).get(`/api/v1/lookup?q=${'a'.repeat(17_000)}`);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expectError(response, 431, 'REQUEST_HEADER_FIELDS_TOO_LARGE');
  });
});
