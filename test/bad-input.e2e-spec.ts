import request, { type Response } from 'supertest';
import { api } from './support/api';
import { dbSnapshot, expectError } from './support/e2e-helpers';
import { AGENCIES, surveyBody } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** What the cases address: one of each kind of resource, in each survey state. */
interface Seed {
  agencyId: string;
  otherAgencyId: string;
  networkId: string;
  draftId: string;
  sentId: string;
  /** Sent to all 21 regions, so that 22 responses are too many. */
  sentToRegionsId: string;
  withdrawnId: string;
  skrKey: string;
  networkKey: string;
  registrarKey: string;
}

interface BadRequest {
  name: string;
  status: 400 | 401 | 403 | 404 | 409 | 412 | 413;
  code: string;
  /** The field `details` must name, where the problem is one field. */
  field?: string;
  send: (t: TestApp, seed: Seed) => PromiseLike<Response>;
}

const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';
const SENT_AT = '2021-04-06T09:00:00+02:00';

const asAdmin = (t: TestApp) => api(t);

/** A body the JSON parser sees as given, not as an object supertest serialises. */
function rawPost(
  t: TestApp,
  path: string,
  body: string,
  headers: Record<string, string> = {},
): PromiseLike<Response> {
  return request(t.baseUrl)
    .post(path)
    .set('Authorization', `Bearer ${t.adminKey}`)
    .set('Content-Type', 'application/json')
    .set(headers)
    .send(body);
}

function createSurvey(overrides: Record<string, unknown>) {
  return (t: TestApp, seed: Seed) =>
    asAdmin(t).post('/api/v1/surveys', surveyBody(seed.agencyId, overrides));
}

function patchDraft(body: object, headers?: Record<string, string>) {
  return (t: TestApp, seed: Seed) =>
    asAdmin(t).patch(`/api/v1/surveys/${seed.draftId}`, body, headers);
}

function listSurveys(query: string) {
  return (t: TestApp) => asAdmin(t).get(`/api/v1/surveys?${query}`);
}

function getAsAdmin(path: string) {
  return (t: TestApp) => asAdmin(t).get(path);
}

function postAgency(body: object) {
  return (t: TestApp) => asAdmin(t).post('/api/v1/agencies', body);
}

function postNetwork(body: object) {
  return (t: TestApp) => asAdmin(t).post('/api/v1/networks', body);
}

function postApiKey(body: object) {
  return (t: TestApp) => asAdmin(t).post('/api/v1/api-keys', body);
}

function withdrawDraft(body: object) {
  return (t: TestApp, seed: Seed) =>
    asAdmin(t).post(`/api/v1/surveys/${seed.draftId}/withdraw`, body);
}

function listLocalAuthorities(query: string) {
  return (t: TestApp) => api(t, null).get(`/api/v1/local-authorities?${query}`);
}

/**
 * Rows that differ only in what they send and expect one status and code: each row is
 * [its name, the field `details` must name (undefined: no one field), what to send].
 */
function rowsOf<T>(
  status: BadRequest['status'],
  code: string,
  send: (input: T) => BadRequest['send'],
  rows: [name: string, field: string | undefined, input: T][],
): BadRequest[] {
  return rows.map(([name, field, input]) => ({ name, status, code, field, send: send(input) }));
}

const cases: BadRequest[] = [
  // Agencies
  ...rowsOf(400, 'VALIDATION_FAILED', postAgency, [
    ['agency with an unknown field', 'colour', { ...AGENCIES.myva, colour: 'blå' }],
    ['agency name of the wrong type', 'name', { name: 42, kind: 'state_agency' }],
    ['agency without a name', 'name', { kind: 'state_agency' }],
    ['agency name of only spaces', 'name', { name: '   ', kind: 'other' }],
    [
      'agency name containing a NUL character',
      undefined,
      { name: 'Myndig\u0000heten', kind: 'other' },
    ],
    [
      'agency orgNumber with a wrong check digit',
      'orgNumber',
      { ...AGENCIES.myva, orgNumber: '202100-5555' },
    ],
    [
      'agency orgNumber that is not ten digits',
      'orgNumber',
      { ...AGENCIES.myva, orgNumber: '2021-55' },
    ],
    ['agency kind outside the enumeration', 'kind', { name: 'Departementet', kind: 'ministry' }],
  ]),
  {
    name: 'agency name already taken in another case',
    status: 409,
    code: 'DUPLICATE',
    field: 'name',
    send: (t) =>
      asAdmin(t).post('/api/v1/agencies', { name: 'SOCIALSTYRELSEN', kind: 'state_agency' }),
  },
  {
    name: 'agency orgNumber already taken',
    status: 409,
    code: 'DUPLICATE',
    field: 'orgNumber',
    send: (t) => asAdmin(t).post('/api/v1/agencies', { ...AGENCIES.myva, orgNumber: '2021005554' }),
  },
  {
    name: 'agency PATCH renaming to another agency’s name',
    status: 409,
    code: 'DUPLICATE',
    field: 'name',
    send: (t, seed) =>
      asAdmin(t).patch(`/api/v1/agencies/${seed.otherAgencyId}`, { name: 'socialstyrelsen' }),
  },
  {
    name: 'agency PATCH with an empty name',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'name',
    send: (t, seed) => asAdmin(t).patch(`/api/v1/agencies/${seed.agencyId}`, { name: '' }),
  },
  {
    name: 'agency PATCH with a stale If-Match',
    status: 412,
    code: 'VERSION_MISMATCH',
    send: (t, seed) =>
      asAdmin(t).patch(
        `/api/v1/agencies/${seed.agencyId}`,
        { shortName: 'SOS' },
        { 'If-Match': '"7"' },
      ),
  },
  {
    name: 'agency id that is not a UUID',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'id',
    send: (t) => asAdmin(t).get('/api/v1/agencies/socialstyrelsen'),
  },
  {
    name: 'agency that does not exist',
    status: 404,
    code: 'NOT_FOUND',
    send: (t) => asAdmin(t).get(`/api/v1/agencies/${UNKNOWN_UUID}`),
  },
  {
    name: 'agency PATCH of an agency that does not exist',
    status: 404,
    code: 'NOT_FOUND',
    send: (t) => asAdmin(t).patch(`/api/v1/agencies/${UNKNOWN_UUID}`, { shortName: 'X' }),
  },
  ...rowsOf(400, 'VALIDATION_FAILED', getAsAdmin, [
    ['agency list with limit=501', 'limit', '/api/v1/agencies?limit=501'],
    ['agency list with an unknown kind', 'kind', '/api/v1/agencies?kind=ministry'],
  ]),
  {
    name: 'agency create by the network role',
    status: 403,
    code: 'FORBIDDEN',
    send: (t, seed) => api(t, seed.networkKey).post('/api/v1/agencies', AGENCIES.myva),
  },

  // Networks
  ...rowsOf(400, 'VALIDATION_FAILED', postNetwork, [
    [
      'regional network without countyCode',
      'countyCode',
      { name: 'Dalarnas nätverk', scope: 'regional' },
    ],
    ['network name of only spaces', 'name', { name: '   ', scope: 'national' }],
    [
      'national network with countyCode',
      'countyCode',
      { name: 'Nationella nätverket', scope: 'national', countyCode: '20' },
    ],
    [
      'regional network with an unknown county',
      'countyCode',
      { name: 'Okänt län', scope: 'regional', countyCode: '99' },
    ],
    ['network scope outside the enumeration', 'scope', { name: 'Lokalt', scope: 'local' }],
  ]),
  {
    name: 'network name already taken in another case',
    status: 409,
    code: 'DUPLICATE',
    send: (t) =>
      asAdmin(t).post('/api/v1/networks', { name: 'SOCIALCHEFSNÄTVERKET', scope: 'national' }),
  },
  {
    name: 'network id that is not a UUID',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'id',
    send: (t) => asAdmin(t).get('/api/v1/networks/42'),
  },
  {
    name: 'network that does not exist',
    status: 404,
    code: 'NOT_FOUND',
    send: (t) => asAdmin(t).get(`/api/v1/networks/${UNKNOWN_UUID}`),
  },
  {
    name: 'network list with a negative offset',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'offset',
    send: (t) => asAdmin(t).get('/api/v1/networks?offset=-1'),
  },

  // API keys and authentication
  ...rowsOf(400, 'VALIDATION_FAILED', postApiKey, [
    ['api key with an unknown role', 'role', { name: 'Root', role: 'superuser' }],
    ['api key without a name', 'name', { role: 'skr' }],
    ['api key with an unknown field', 'key', { name: 'Egen', role: 'skr', key: 'my-own-key' }],
  ]),
  {
    name: 'api key created by the skr role',
    status: 403,
    code: 'FORBIDDEN',
    send: (t, seed) => api(t, seed.skrKey).post('/api/v1/api-keys', { name: 'Egen', role: 'skr' }),
  },
  {
    name: 'api key revoke with an id that is not a UUID',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'id',
    send: (t) => asAdmin(t).delete('/api/v1/api-keys/not-a-uuid'),
  },
  {
    name: 'api key revoke of a key that does not exist',
    status: 404,
    code: 'NOT_FOUND',
    send: (t) => asAdmin(t).delete(`/api/v1/api-keys/${UNKNOWN_UUID}`),
  },
  {
    name: 'survey create without a key',
    status: 401,
    code: 'UNAUTHENTICATED',
    send: (t, seed) => api(t, null).post('/api/v1/surveys', surveyBody(seed.agencyId)),
  },
  {
    name: 'survey create with an unknown key',
    status: 401,
    code: 'UNAUTHENTICATED',
    send: (t, seed) =>
      api(t, 'sct_not-a-key-of-this-service').post('/api/v1/surveys', surveyBody(seed.agencyId)),
  },
  {
    name: 'survey create by the network role',
    status: 403,
    code: 'FORBIDDEN',
    send: (t, seed) => api(t, seed.networkKey).post('/api/v1/surveys', surveyBody(seed.agencyId)),
  },

  // Survey bodies
  ...rowsOf(400, 'VALIDATION_FAILED', createSurvey, [
    ['survey with an unknown field', 'priority', { priority: 'high' }],
    ['survey title of the wrong type', 'title', { title: 42 }],
    ['survey title blank', 'title', { title: '   ' }],
    ['survey title containing a NUL character', undefined, { title: 'Enkät\u0000om chefer' }],
    ['survey title of 301 characters', 'title', { title: 'x'.repeat(301) }],
    ['survey without a title', 'title', { title: undefined }],
    ['survey agencyId that is not a UUID', 'agencyId', { agencyId: 'socialstyrelsen' }],
    ['survey agencyId of no registered agency', 'agencyId', { agencyId: UNKNOWN_UUID }],
    [
      'survey estimatedMinutesPerResponse=0',
      'estimatedMinutesPerResponse',
      { estimatedMinutesPerResponse: 0 },
    ],
    [
      'survey estimatedMinutesPerResponse=10001',
      'estimatedMinutesPerResponse',
      { estimatedMinutesPerResponse: 10001 },
    ],
    [
      'survey estimatedMinutesPerResponse that is not an integer',
      'estimatedMinutesPerResponse',
      { estimatedMinutesPerResponse: 12.5 },
    ],
    [
      'survey estimatedMinutesPerResponse as a string',
      'estimatedMinutesPerResponse',
      { estimatedMinutesPerResponse: '30' },
    ],
    ['survey occurrences=0', 'occurrences', { occurrences: 0 }],
    ['survey negative questionCount', 'questionCount', { questionCount: -1 }],
    [
      'survey followUpInterviews with a negative count',
      'followUpInterviews.count',
      { followUpInterviews: { count: -1, minutesEach: 60 } },
    ],
    [
      'survey followUpInterviews given as an array',
      'followUpInterviews',
      { followUpInterviews: [{ count: 20, minutesEach: 90 }] },
    ],
    [
      'survey consultationExemption given as an array',
      'consultationExemption',
      { consultationExemption: [] },
    ],
    ['survey voluntary as a string', 'voluntary', { voluntary: 'ja' }],
    [
      'survey collectionMethod outside the enumeration',
      'collectionMethod',
      { collectionMethod: 'telepathy' },
    ],
    [
      'survey recipientScope outside the enumeration',
      'recipientScope',
      { recipientScope: 'all_counties' },
    ],
    ['survey recurrence outside the enumeration', 'recurrence', { recurrence: 'daily' }],
    ['survey mandate outside the enumeration', 'mandate', { mandate: 'whim' }],
    [
      'survey consultationExemption ground outside the enumeration',
      'consultationExemption.ground',
      { consultationExemption: { ground: 'too_busy' } },
    ],
    [
      'survey with an unknown recipient code',
      'recipientCodes',
      { recipientScope: 'selected', recipientCodes: ['2080', '9999'] },
    ],
    [
      'survey with a malformed recipient code',
      'recipientCodes',
      { recipientScope: 'selected', recipientCodes: ['Falun'] },
    ],
    [
      'survey with recipientCodes and a scope other than selected',
      'recipientCodes',
      { recipientScope: 'all_municipalities', recipientCodes: ['2080'] },
    ],
    [
      'survey with scope selected and no recipientCodes',
      'recipientCodes',
      { recipientScope: 'selected' },
    ],
    [
      'survey with scope selected and empty recipientCodes',
      'recipientCodes',
      { recipientScope: 'selected', recipientCodes: [] },
    ],
    ['survey plannedSendDate 2021-02-30', 'plannedSendDate', { plannedSendDate: '2021-02-30' }],
    [
      'survey plannedSendDate with a time',
      'plannedSendDate',
      { plannedSendDate: '2021-04-06T00:00:00Z' },
    ],
    [
      'survey responseDeadline without an offset',
      'responseDeadline',
      { responseDeadline: '2021-04-20T12:00:00' },
    ],
    [
      'survey responseDeadline on a day that does not exist',
      'responseDeadline',
      { responseDeadline: '2021-02-30T12:00:00+01:00' },
    ],
    [
      'survey responseDeadline before plannedSendDate',
      'responseDeadline',
      { plannedSendDate: '2021-04-06', responseDeadline: '2021-04-01T12:00:00+02:00' },
    ],
    [
      'survey coverLetterText over 100 000 characters',
      'coverLetterText',
      { coverLetterText: 'a'.repeat(100_001) },
    ],
  ]),
  {
    name: 'survey body over 1 MB',
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    send: createSurvey({ coverLetterText: 'a'.repeat(1_100_000) }),
  },
  {
    name: 'survey body that is not valid JSON',
    status: 400,
    code: 'VALIDATION_FAILED',
    send: (t) => rawPost(t, '/api/v1/surveys', '{"title": "Avbruten'),
  },
  {
    name: 'survey body declared gzip that is not gzip',
    status: 400,
    code: 'VALIDATION_FAILED',
    send: (t, seed) =>
      rawPost(t, '/api/v1/surveys', JSON.stringify(surveyBody(seed.agencyId)), {
        'Content-Encoding': 'gzip',
      }),
  },
  {
    name: 'survey body that is a JSON array',
    status: 400,
    code: 'VALIDATION_FAILED',
    send: (t, seed) => rawPost(t, '/api/v1/surveys', JSON.stringify([surveyBody(seed.agencyId)])),
  },
  {
    name: 'survey body that is JSON null',
    status: 400,
    code: 'VALIDATION_FAILED',
    send: (t) => rawPost(t, '/api/v1/surveys', 'null'),
  },

  // Survey addresses, PATCH and If-Match
  ...rowsOf(400, 'VALIDATION_FAILED', getAsAdmin, [
    ['survey reference ENK-21-1', 'id', '/api/v1/surveys/ENK-21-1'],
    ['survey id that is neither a UUID nor a reference', 'id', '/api/v1/surveys/1234-abcd'],
  ]),
  ...rowsOf(404, 'NOT_FOUND', getAsAdmin, [
    ['survey that does not exist, by UUID', undefined, `/api/v1/surveys/${UNKNOWN_UUID}`],
    ['survey that does not exist, by reference', undefined, '/api/v1/surveys/ENK-2021-9999'],
  ]),
  {
    name: 'survey PATCH with a malformed id',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'id',
    send: (t) => asAdmin(t).patch('/api/v1/surveys/ENK-21-1', { title: 'X' }),
  },
  {
    name: 'survey PATCH of a survey that does not exist',
    status: 404,
    code: 'NOT_FOUND',
    send: (t) => asAdmin(t).patch(`/api/v1/surveys/${UNKNOWN_UUID}`, { title: 'X' }),
  },
  ...rowsOf(400, 'VALIDATION_FAILED', patchDraft, [
    ['survey PATCH setting title to null', 'title', { title: null }],
    [
      'survey PATCH setting collectionMethod to null',
      'collectionMethod',
      { collectionMethod: null },
    ],
    ['survey PATCH with an unknown field', 'status', { status: 'sent' }],
    ['survey PATCH with an unknown agencyId', 'agencyId', { agencyId: UNKNOWN_UUID }],
    [
      'survey PATCH with recipientCodes while the scope is all municipalities',
      'recipientCodes',
      { recipientCodes: ['2080'] },
    ],
  ]),
  {
    name: 'survey PATCH with responseDeadline before the send date',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'responseDeadline',
    send: (t, seed) =>
      asAdmin(t).patch(`/api/v1/surveys/${seed.sentId}`, {
        responseDeadline: '2021-04-05T12:00:00+02:00',
      }),
  },
  {
    name: 'survey PATCH with a stale If-Match',
    status: 412,
    code: 'VERSION_MISMATCH',
    send: patchDraft({ title: 'Sent ändring' }, { 'If-Match': '"5"' }),
  },
  {
    name: 'survey PATCH with a malformed If-Match',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'If-Match',
    send: patchDraft({ title: 'Sent ändring' }, { 'If-Match': 'version-1' }),
  },
  {
    name: 'survey PATCH by the registrar role',
    status: 403,
    code: 'FORBIDDEN',
    send: (t, seed) =>
      api(t, seed.registrarKey).patch(`/api/v1/surveys/${seed.draftId}`, { title: 'X' }),
  },

  // Actions
  {
    name: 'send a withdrawn survey',
    status: 409,
    code: 'INVALID_STATE_TRANSITION',
    send: (t, seed) =>
      asAdmin(t).post(`/api/v1/surveys/${seed.withdrawnId}/send`, { sentAt: SENT_AT }),
  },
  {
    name: 'send a sent survey',
    status: 409,
    code: 'INVALID_STATE_TRANSITION',
    send: (t, seed) => asAdmin(t).post(`/api/v1/surveys/${seed.sentId}/send`, { sentAt: SENT_AT }),
  },
  {
    name: 'send with sentAt without an offset',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'sentAt',
    send: (t, seed) =>
      asAdmin(t).post(`/api/v1/surveys/${seed.draftId}/send`, { sentAt: '2021-04-06T09:00:00' }),
  },
  {
    name: 'send with an unknown field',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'sentBy',
    send: (t, seed) =>
      asAdmin(t).post(`/api/v1/surveys/${seed.draftId}/send`, { sentAt: SENT_AT, sentBy: 'SoS' }),
  },
  {
    name: 'send of a survey that does not exist',
    status: 404,
    code: 'NOT_FOUND',
    send: (t) => asAdmin(t).post(`/api/v1/surveys/${UNKNOWN_UUID}/send`, { sentAt: SENT_AT }),
  },
  ...rowsOf(400, 'VALIDATION_FAILED', withdrawDraft, [
    ['withdraw without a reason', 'reason', {}],
    ['withdraw with a blank reason', 'reason', { reason: ' ' }],
    [
      'withdraw with replacedByExistingData as a string',
      'replacedByExistingData',
      { reason: 'Finns i Kolada', replacedByExistingData: 'yes' },
    ],
    ['withdraw with a reason containing a NUL character', undefined, { reason: 'Onödig\u0000' }],
  ]),
  {
    name: 'withdraw a sent survey',
    status: 409,
    code: 'INVALID_STATE_TRANSITION',
    send: (t, seed) =>
      asAdmin(t).post(`/api/v1/surveys/${seed.sentId}/withdraw`, { reason: 'För sent' }),
  },
  {
    name: 'close a draft',
    status: 409,
    code: 'INVALID_STATE_TRANSITION',
    send: (t, seed) => asAdmin(t).post(`/api/v1/surveys/${seed.draftId}/close`),
  },
  {
    name: 'close with a malformed survey id',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'id',
    send: (t) => asAdmin(t).post('/api/v1/surveys/ENK-2021-1/close'),
  },
  {
    name: 'rounds with more responses than recipients',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'responses',
    send: (t, seed) =>
      asAdmin(t).post(`/api/v1/surveys/${seed.sentToRegionsId}/rounds`, {
        sentAt: SENT_AT,
        responses: 22,
      }),
  },
  {
    name: 'rounds with negative responses',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'responses',
    send: (t, seed) =>
      asAdmin(t).post(`/api/v1/surveys/${seed.sentId}/rounds`, { sentAt: SENT_AT, responses: -1 }),
  },
  {
    name: 'rounds without sentAt',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'sentAt',
    send: (t, seed) => asAdmin(t).post(`/api/v1/surveys/${seed.sentId}/rounds`, { responses: 5 }),
  },
  {
    name: 'rounds of a draft',
    status: 409,
    code: 'INVALID_STATE_TRANSITION',
    send: (t, seed) =>
      asAdmin(t).post(`/api/v1/surveys/${seed.draftId}/rounds`, { sentAt: SENT_AT, responses: 5 }),
  },
  {
    name: 'rounds by the registrar role',
    status: 403,
    code: 'FORBIDDEN',
    send: (t, seed) =>
      api(t, seed.registrarKey).post(`/api/v1/surveys/${seed.sentId}/rounds`, {
        sentAt: SENT_AT,
        responses: 5,
      }),
  },

  // List query parameters
  ...rowsOf(400, 'VALIDATION_FAILED', listSurveys, [
    ['survey list with limit=501', 'limit', 'limit=501'],
    ['survey list with limit=0', 'limit', 'limit=0'],
    ['survey list with a limit that is not a number', 'limit', 'limit=ten'],
    ['survey list with a negative offset', 'offset', 'offset=-1'],
    ['survey list with an unknown status', 'status', 'status=archived'],
    ['survey list with a repeated status', 'status', 'status=sent&status=draft'],
    ['survey list with an agencyId that is not a UUID', 'agencyId', 'agencyId=socialstyrelsen'],
    ['survey list with sentFrom 2021-02-30', 'sentFrom', 'sentFrom=2021-02-30'],
    ['survey list with sentTo in another format', 'sentTo', 'sentTo=06/04/2021'],
    ['survey list with a malformed flag code', 'flag', 'flag=drop%20table'],
    ['survey list with q containing a NUL character', undefined, 'q=chef%00er'],
    ['survey list with an unknown parameter', 'sort', 'sort=title'],
  ]),

  // Reference data
  {
    name: 'local authority that does not exist',
    status: 404,
    code: 'NOT_FOUND',
    send: (t) => api(t, null).get('/api/v1/local-authorities/9999'),
  },
  ...rowsOf(400, 'VALIDATION_FAILED', listLocalAuthorities, [
    ['local authorities with an unknown kind', 'kind', 'kind=county'],
    ['local authorities with a one-digit county', 'county', 'county=2'],
    ['local authorities with limit=501', 'limit', 'limit=501'],
    ['local authorities with a negative offset', 'offset', 'offset=-1'],
  ]),
  {
    name: 'a route that does not exist',
    status: 404,
    code: 'NOT_FOUND',
    send: (t) => asAdmin(t).get('/api/v1/questionnaires'),
  },
];

describe('bad input', () => {
  let t: TestApp;
  let seed: Seed;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    const admin = api(t);
    const idOf = async (pending: PromiseLike<Response>, status = 201) => {
      const response = await pending;
      expect(response.status).toBe(status);
      return (response.body as { id: string }).id;
    };
    const [agencyId, otherAgencyId, networkId, skrKey, networkKey, registrarKey] =
      await Promise.all([
        idOf(admin.post('/api/v1/agencies', AGENCIES.socialstyrelsen)),
        idOf(admin.post('/api/v1/agencies', AGENCIES.cve)),
        idOf(admin.post('/api/v1/networks', { name: 'Socialchefsnätverket', scope: 'national' })),
        t.keyFor('skr'),
        t.keyFor('network'),
        t.keyFor('registrar'),
      ]);
    const survey = (overrides: Record<string, unknown>) =>
      idOf(admin.post('/api/v1/surveys', surveyBody(agencyId, overrides)));
    const [draftId, sentId, sentToRegionsId, withdrawnId] = await Promise.all([
      survey({}),
      survey({ title: 'Skickad enkät' }),
      survey({ title: 'Till regionerna', recipientScope: 'all_regions' }),
      survey({ title: 'Återkallad enkät' }),
    ]);
    await Promise.all([
      idOf(admin.post(`/api/v1/surveys/${sentId}/send`, { sentAt: SENT_AT }), 200),
      idOf(admin.post(`/api/v1/surveys/${sentToRegionsId}/send`, { sentAt: SENT_AT }), 200),
      idOf(admin.post(`/api/v1/surveys/${withdrawnId}/withdraw`, { reason: 'Onödig' }), 200),
    ]);
    seed = {
      agencyId,
      otherAgencyId,
      networkId,
      draftId,
      sentId,
      sentToRegionsId,
      withdrawnId,
      skrKey,
      networkKey,
      registrarKey,
    };
  });

  it('covers at least 45 bad requests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases)('$name → $status $code', async ({ status, code, field, send }) => {
    const before = await dbSnapshot(t.dataSource);
    const response = await send(t, seed);
    expectError(response, status, code, field);
    expect(await dbSnapshot(t.dataSource)).toEqual(before);
  });
});
