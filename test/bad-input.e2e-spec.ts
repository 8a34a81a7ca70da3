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

const cases: BadRequest[] = [
  // Agencies
  {
    name: 'agency with an unknown field',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'colour',
    send: (t) => asAdmin(t).post('/api/v1/agencies', { ...AGENCIES.myva, colour: 'blå' }),
  },
  {
    name: 'agency name of the wrong type',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'name',
    send: (t) => asAdmin(t).post('/api/v1/agencies', { name: 42, kind: 'state_agency' }),
  },
  {
    name: 'agency without a name',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'name',
    send: (t) => asAdmin(t).post('/api/v1/agencies', { kind: 'state_agency' }),
  },
  {
    name: 'agency name of only spaces',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'name',
    send: (t) => asAdmin(t).post('/api/v1/agencies', { name: '   ', kind: 'other' }),
  },
  {
    name: 'agency name containing a NUL character',
    status: 400,
    code: 'VALIDATION_FAILED',
    send: (t) => asAdmin(t).post('/api/v1/agencies', { name: 'Myndig\u0000heten', kind: 'other' }),
  },
  {
    name: 'agency orgNumber with a wrong check digit',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'orgNumber',
    send: (t) =>
      asAdmin(t).post('/api/v1/agencies', { ...AGENCIES.myva, orgNumber: '202100-5555' }),
  },
  {
    name: 'agency orgNumber that is not ten digits',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'orgNumber',
    send: (t) => asAdmin(t).post('/api/v1/agencies', { ...AGENCIES.myva, orgNumber: '2021-55' }),
  },
  {
    name: 'agency kind outside the enumeration',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'kind',
    send: (t) => asAdmin(t).post('/api/v1/agencies', { name: 'Departementet', kind: 'ministry' }),
  },
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
  {
    name: 'agency list with limit=501',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'limit',
    send: (t) => asAdmin(t).get('/api/v1/agencies?limit=501'),
  },
  {
    name: 'agency list with an unknown kind',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'kind',
    send: (t) => asAdmin(t).get('/api/v1/agencies?kind=ministry'),
  },
  {
    name: 'agency create by the network role',
    status: 403,
    code: 'FORBIDDEN',
    send: (t, seed) => api(t, seed.networkKey).post('/api/v1/agencies', AGENCIES.myva),
  },

  // Networks
  {
    name: 'regional network without countyCode',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'countyCode',
    send: (t) =>
      asAdmin(t).post('/api/v1/networks', { name: 'Dalarnas nätverk', scope: 'regional' }),
  },
  {
    name: 'network name of only spaces',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'name',
    send: (t) => asAdmin(t).post('/api/v1/networks', { name: '   ', scope: 'national' }),
  },
  {
    name: 'national network with countyCode',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'countyCode',
    send: (t) =>
      asAdmin(t).post('/api/v1/networks', {
        name: 'Nationella nätverket',
        scope: 'national',
        countyCode: '20',
      }),
  },
  {
    name: 'regional network with an unknown county',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'countyCode',
    send: (t) =>
      asAdmin(t).post('/api/v1/networks', {
        name: 'Okänt län',
        scope: 'regional',
        countyCode: '99',
      }),
  },
  {
    name: 'network scope outside the enumeration',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'scope',
    send: (t) => asAdmin(t).post('/api/v1/networks', { name: 'Lokalt', scope: 'local' }),
  },
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
  {
    name: 'api key with an unknown role',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'role',
    send: (t) => asAdmin(t).post('/api/v1/api-keys', { name: 'Root', role: 'superuser' }),
  },
  {
    name: 'api key without a name',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'name',
    send: (t) => asAdmin(t).post('/api/v1/api-keys', { role: 'skr' }),
  },
  {
    name: 'api key with an unknown field',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'key',
    send: (t) =>
      asAdmin(t).post('/api/v1/api-keys', { name: 'Egen', role: 'skr', key: 'my-own-key' }),
  },
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
  {
    name: 'survey with an unknown field',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'priority',
    send: createSurvey({ priority: 'high' }),
  },
  {
    name: 'survey title of the wrong type',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'title',
    send: createSurvey({ title: 42 }),
  },
  {
    name: 'survey title blank',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'title',
    send: createSurvey({ title: '   ' }),
  },
  {
    name: 'survey title containing a NUL character',
    status: 400,
    code: 'VALIDATION_FAILED',
    send: createSurvey({ title: 'Enkät\u0000om chefer' }),
  },
  {
    name: 'survey title of 301 characters',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'title',
    send: createSurvey({ title: 'x'.repeat(301) }),
  },
  {
    name: 'survey without a title',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'title',
    send: createSurvey({ title: undefined }),
  },
  {
    name: 'survey agencyId that is not a UUID',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'agencyId',
    send: createSurvey({ agencyId: 'socialstyrelsen' }),
  },
  {
    name: 'survey agencyId of no registered agency',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'agencyId',
    send: createSurvey({ agencyId: UNKNOWN_UUID }),
  },
  {
    name: 'survey estimatedMinutesPerResponse=0',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'estimatedMinutesPerResponse',
    send: createSurvey({ estimatedMinutesPerResponse: 0 }),
  },
  {
    name: 'survey estimatedMinutesPerResponse=10001',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'estimatedMinutesPerResponse',
    send: createSurvey({ estimatedMinutesPerResponse: 10001 }),
  },
  {
    name: 'survey estimatedMinutesPerResponse that is not an integer',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'estimatedMinutesPerResponse',
    send: createSurvey({ estimatedMinutesPerResponse: 12.5 }),
  },
  {
    name: 'survey estimatedMinutesPerResponse as a string',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'estimatedMinutesPerResponse',
    send: createSurvey({ estimatedMinutesPerResponse: '30' }),
  },
  {
    name: 'survey occurrences=0',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'occurrences',
    send: createSurvey({ occurrences: 0 }),
  },
  {
    name: 'survey negative questionCount',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'questionCount',
    send: createSurvey({ questionCount: -1 }),
  },
  {
    name: 'survey followUpInterviews with a negative count',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'followUpInterviews.count',
    send: createSurvey({ followUpInterviews: { count: -1, minutesEach: 60 } }),
  },
  {
    name: 'survey followUpInterviews given as an array',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'followUpInterviews',
    send: createSurvey({ followUpInterviews: [{ count: 20, minutesEach: 90 }] }),
  },
  {
    name: 'survey consultationExemption given as an array',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'consultationExemption',
    send: createSurvey({ consultationExemption: [] }),
  },
  {
    name: 'survey voluntary as a string',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'voluntary',
    send: createSurvey({ voluntary: 'ja' }),
  },
  {
    name: 'survey collectionMethod outside the enumeration',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'collectionMethod',
    send: createSurvey({ collectionMethod: 'telepathy' }),
  },
  {
    name: 'survey recipientScope outside the enumeration',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'recipientScope',
    send: createSurvey({ recipientScope: 'all_counties' }),
  },
  {
    name: 'survey recurrence outside the enumeration',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'recurrence',
    send: createSurvey({ recurrence: 'daily' }),
  },
  {
    name: 'survey mandate outside the enumeration',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'mandate',
    send: createSurvey({ mandate: 'whim' }),
  },
  {
    name: 'survey consultationExemption ground outside the enumeration',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'consultationExemption.ground',
    send: createSurvey({ consultationExemption: { ground: 'too_busy' } }),
  },
  {
    name: 'survey with an unknown recipient code',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'recipientCodes',
    send: createSurvey({ recipientScope: 'selected', recipientCodes: ['2080', '9999'] }),
  },
  {
    name: 'survey with a malformed recipient code',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'recipientCodes',
    send: createSurvey({ recipientScope: 'selected', recipientCodes: ['Falun'] }),
  },
  {
    name: 'survey with recipientCodes and a scope other than selected',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'recipientCodes',
    send: createSurvey({ recipientScope: 'all_municipalities', recipientCodes: ['2080'] }),
  },
  {
    name: 'survey with scope selected and no recipientCodes',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'recipientCodes',
    send: createSurvey({ recipientScope: 'selected' }),
  },
  {
    name: 'survey with scope selected and empty recipientCodes',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'recipientCodes',
    send: createSurvey({ recipientScope: 'selected', recipientCodes: [] }),
  },
  {
    name: 'survey plannedSendDate 2021-02-30',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'plannedSendDate',
    send: createSurvey({ plannedSendDate: '2021-02-30' }),
  },
  {
    name: 'survey plannedSendDate with a time',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'plannedSendDate',
    send: createSurvey({ plannedSendDate: '2021-04-06T00:00:00Z' }),
  },
  {
    name: 'survey responseDeadline without an offset',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'responseDeadline',
    send: createSurvey({ responseDeadline: '2021-04-20T12:00:00' }),
  },
  {
    name: 'survey responseDeadline on a day that does not exist',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'responseDeadline',
    send: createSurvey({ responseDeadline: '2021-02-30T12:00:00+01:00' }),
  },
  {
    name: 'survey responseDeadline before plannedSendDate',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'responseDeadline',
    send: createSurvey({
      plannedSendDate: '2021-04-06',
      responseDeadline: '2021-04-01T12:00:00+02:00',
    }),
  },
  {
    name: 'survey coverLetterText over 100 000 characters',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'coverLetterText',
    send: createSurvey({ coverLetterText: 'a'.repeat(100_001) }),
  },
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
  {
    name: 'survey reference ENK-21-1',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'id',
    send: (t) => asAdmin(t).get('/api/v1/surveys/ENK-21-1'),
  },
  {
    name: 'survey id that is neither a UUID nor a reference',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'id',
    send: (t) => asAdmin(t).get('/api/v1/surveys/1234-abcd'),
  },
  {
    name: 'survey that does not exist, by UUID',
    status: 404,
    code: 'NOT_FOUND',
    send: (t) => asAdmin(t).get(`/api/v1/surveys/${UNKNOWN_UUID}`),
  },
  {
    name: 'survey that does not exist, by reference',
    status: 404,
    code: 'NOT_FOUND',
    send: (t) => asAdmin(t).get('/api/v1/surveys/ENK-2021-9999'),
  },
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
  {
    name: 'survey PATCH setting title to null',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'title',
    send: patchDraft({ title: null }),
  },
  {
    name: 'survey PATCH setting collectionMethod to null',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'collectionMethod',
    send: patchDraft({ collectionMethod: null }),
  },
  {
    name: 'survey PATCH with an unknown field',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'status',
    send: patchDraft({ status: 'sent' }),
  },
  {
    name: 'survey PATCH with an unknown agencyId',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'agencyId',
    send: patchDraft({ agencyId: UNKNOWN_UUID }),
  },
  {
    name: 'survey PATCH with recipientCodes while the scope is all municipalities',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'recipientCodes',
    send: patchDraft({ recipientCodes: ['2080'] }),
  },
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
  {
    name: 'withdraw without a reason',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'reason',
    send: (t, seed) => asAdmin(t).post(`/api/v1/surveys/${seed.draftId}/withdraw`, {}),
  },
  {
    name: 'withdraw with a blank reason',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'reason',
    send: (t, seed) => asAdmin(t).post(`/api/v1/surveys/${seed.draftId}/withdraw`, { reason: ' ' }),
  },
  {
    name: 'withdraw with replacedByExistingData as a string',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'replacedByExistingData',
    send: (t, seed) =>
      asAdmin(t).post(`/api/v1/surveys/${seed.draftId}/withdraw`, {
        reason: 'Finns i Kolada',
        replacedByExistingData: 'yes',
      }),
  },
  {
    name: 'withdraw with a reason containing a NUL character',
    status: 400,
    code: 'VALIDATION_FAILED',
    send: (t, seed) =>
      asAdmin(t).post(`/api/v1/surveys/${seed.draftId}/withdraw`, { reason: 'Onödig\u0000' }),
  },
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
  {
    name: 'survey list with limit=501',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'limit',
    send: listSurveys('limit=501'),
  },
  {
    name: 'survey list with limit=0',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'limit',
    send: listSurveys('limit=0'),
  },
  {
    name: 'survey list with a limit that is not a number',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'limit',
    send: listSurveys('limit=ten'),
  },
  {
    name: 'survey list with a negative offset',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'offset',
    send: listSurveys('offset=-1'),
  },
  {
    name: 'survey list with an unknown status',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'status',
    send: listSurveys('status=archived'),
  },
  {
    name: 'survey list with a repeated status',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'status',
    send: listSurveys('status=sent&status=draft'),
  },
  {
    name: 'survey list with an agencyId that is not a UUID',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'agencyId',
    send: listSurveys('agencyId=socialstyrelsen'),
  },
  {
    name: 'survey list with sentFrom 2021-02-30',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'sentFrom',
    send: listSurveys('sentFrom=2021-02-30'),
  },
  {
    name: 'survey list with sentTo in another format',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'sentTo',
    send: listSurveys('sentTo=06/04/2021'),
  },
  {
    name: 'survey list with a malformed flag code',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'flag',
    send: listSurveys('flag=drop%20table'),
  },
  {
    name: 'survey list with q containing a NUL character',
    status: 400,
    code: 'VALIDATION_FAILED',
    send: listSurveys('q=chef%00er'),
  },
  {
    name: 'survey list with an unknown parameter',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'sort',
    send: listSurveys('sort=title'),
  },

  // Reference data
  {
    name: 'local authority that does not exist',
    status: 404,
    code: 'NOT_FOUND',
    send: (t) => api(t, null).get('/api/v1/local-authorities/9999'),
  },
  {
    name: 'local authorities with an unknown kind',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'kind',
    send: (t) => api(t, null).get('/api/v1/local-authorities?kind=county'),
  },
  {
    name: 'local authorities with a one-digit county',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'county',
    send: (t) => api(t, null).get('/api/v1/local-authorities?county=2'),
  },
  {
    name: 'local authorities with limit=501',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'limit',
    send: (t) => api(t, null).get('/api/v1/local-authorities?limit=501'),
  },
  {
    name: 'local authorities with a negative offset',
    status: 400,
    code: 'VALIDATION_FAILED',
    field: 'offset',
    send: (t) => api(t, null).get('/api/v1/local-authorities?offset=-1'),
  },
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
