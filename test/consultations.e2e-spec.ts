import { api } from './support/api';
import { scenario } from './support/scenario';
import { startTestApp, TestApp } from './support/test-app';

interface Snapshot {
  consultations: number;
  reviews: number;
  audit: number;
  outbox: number;
}

describe('consultations and network reviews', () => {
  let t: TestApp;
  let s: ReturnType<typeof scenario>;
  let surveyId: string;

  async function snapshot(): Promise<Snapshot> {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM consultations)::int AS consultations,
              (SELECT count(*) FROM network_reviews)::int AS reviews,
              (SELECT count(*) FROM audit_events)::int AS audit,
              (SELECT count(*) FROM outbox_events)::int AS outbox`,
    );
    return row;
  }

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    s = scenario(t);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    surveyId = (await s.survey(await s.agency('socialstyrelsen'))).id;
  });

  it('requests, completes and reviews a consultation, with the survey summary following', async () => {
    const requested = (
      await api(t)
        .post(`/api/v1/surveys/${surveyId}/consultations`, {
          requestedAt: '2021-03-25T10:00:00+01:00',
          skrCaseNumber: 'SKR 2021/00317',
          handler: 'Statistiksektionen',
        })
        .expect(201)
    ).body;
    expect(requested).toMatchObject({
      status: 'requested',
      consultedOrganisation: 'SKR',
      version: 1,
    });
    expect((await s.get(surveyId)).consultationStatus).toBe('requested');

    const completed = await api(t)
      .patch(
        `/api/v1/consultations/${requested.id}`,
        {
          completedAt: '2021-04-01T16:00:00+02:00',
          outcome: 'advised_against',
          topicsCovered: ['questions', 'burden'],
          note: 'Arbetsbelastningen är hög',
          departmentHeadReview: {
            reviewedAt: '2021-04-02T09:00:00+02:00',
            reviewer: 'Avdelningschef vård och omsorg',
            agrees: true,
          },
        },
        { 'If-Match': '"1"' },
      )
      .expect(200);
    expect(completed.headers.etag).toBe('"2"');
    expect(completed.body).toMatchObject({
      status: 'completed',
      outcome: 'advised_against',
      topicsCovered: ['questions', 'burden'],
      departmentHeadReview: {
        reviewer: 'Avdelningschef vård och omsorg',
        agrees: true,
        note: null,
      },
    });
    expect(await s.get(surveyId)).toMatchObject({
      consultationStatus: 'completed',
      skrOutcome: 'advised_against',
    });
    const events = await t.dataSource.query(`SELECT type FROM outbox_events ORDER BY seq`);
    expect(events.map((event: { type: string }) => event.type)).toContain('consultation.completed');

    const log = await api(t).get(
      '/api/v1/consultations?outcome=advised_against&from=2021-03-25&to=2021-03-25',
    );
    expect(log.body.items.map((c: { id: string }) => c.id)).toEqual([requested.id]);
    const outside = await api(t).get('/api/v1/consultations?from=2021-03-26').expect(200);
    expect(outside.body.total).toBe(0);
  });

  it('records network reviews; the latest meeting decides', async () => {
    const national = await s.network('Socialchefsnätverket');
    const dalarna = (
      await api(t)
        .post('/api/v1/networks', {
          name: 'Socialchefsnätverket Dalarna',
          scope: 'regional',
          countyCode: '20',
        })
        .expect(201)
    ).body.id;
    await s.review(surveyId, national, '2020-09-25', 'declined');
    await s.review(surveyId, dalarna, '2020-10-02', 'noted');
    expect((await s.get(surveyId)).networkDecision).toBe('noted');
    const reviews = await api(t).get(`/api/v1/surveys/${surveyId}/network-reviews`).expect(200);
    expect(reviews.body.items.map((r: { networkName: string }) => r.networkName)).toEqual([
      'Socialchefsnätverket',
      'Socialchefsnätverket Dalarna',
    ]);
    const networkKey = await t.keyFor('network');
    await api(t, networkKey)
      .post(`/api/v1/surveys/${surveyId}/network-reviews`, {
        networkId: national,
        meetingDate: '2020-10-09',
        decision: 'approved',
      })
      .expect(201);
    expect((await s.get(surveyId)).networkDecision).toBe('approved');
  });

  it.each([
    ['requestedAt missing', 'post-consultation', {}, 400, 'requestedAt'],
    [
      'requestedAt without offset',
      'post-consultation',
      { requestedAt: '2021-03-25T10:00:00' },
      400,
      'requestedAt',
    ],
    [
      'unknown field',
      'post-consultation',
      { requestedAt: '2021-03-25T10:00:00Z', foo: 1 },
      400,
      'foo',
    ],
    [
      'completedAt without outcome',
      'patch',
      { completedAt: '2021-04-01T10:00:00Z' },
      400,
      'outcome',
    ],
    ['outcome without completedAt', 'patch', { outcome: 'no_objection' }, 400, 'completedAt'],
    [
      'completed before requested',
      'patch',
      { completedAt: '2021-01-01T10:00:00Z', outcome: 'no_objection' },
      400,
      'completedAt',
    ],
    [
      'unknown outcome',
      'patch',
      { completedAt: '2021-04-01T10:00:00Z', outcome: 'maybe' },
      400,
      'outcome',
    ],
    ['unknown topic', 'patch', { topicsCovered: ['weather'] }, 400, 'topicsCovered'],
    ['stale If-Match', 'patch-stale', { note: 'x' }, 412, null],
    [
      'review without network',
      'review',
      { meetingDate: '2020-09-25', decision: 'approved' },
      400,
      'networkId',
    ],
    [
      'review unknown network',
      'review',
      {
        networkId: '00000000-0000-4000-8000-000000000000',
        meetingDate: '2020-09-25',
        decision: 'approved',
      },
      400,
      'networkId',
    ],
    [
      'review bad decision',
      'review-known',
      { meetingDate: '2020-09-25', decision: 'maybe' },
      400,
      'decision',
    ],
    [
      'review bad date',
      'review-known',
      { meetingDate: '2020-02-30', decision: 'approved' },
      400,
      'meetingDate',
    ],
  ])('rejects %s and changes nothing', async (_name, target, body, status, field) => {
    const consultation = await s.consult(surveyId, '2021-03-25T10:00:00+01:00');
    const network = await s.network();
    const before = await snapshot();
    const http = api(t);
    const response =
      target === 'post-consultation'
        ? await http.post(`/api/v1/surveys/${surveyId}/consultations`, body)
        : target === 'patch'
          ? await http.patch(`/api/v1/consultations/${consultation.id}`, body)
          : target === 'patch-stale'
            ? await http.patch(`/api/v1/consultations/${consultation.id}`, body, {
                'If-Match': '"9"',
              })
            : await http.post(`/api/v1/surveys/${surveyId}/network-reviews`, {
                ...(target === 'review-known' ? { networkId: network } : {}),
                ...body,
              });
    expect(response.status).toBe(status);
    if (field) {
      expect(response.body.details.map((d: { field: string }) => d.field)).toContain(field);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers 409 for a second decision of one network at one meeting, 404 for unknown ids', async () => {
    const network = await s.network();
    await s.review(surveyId, network, '2020-09-25', 'declined');
    const again = await api(t)
      .post(`/api/v1/surveys/${surveyId}/network-reviews`, {
        networkId: network,
        meetingDate: '2020-09-25',
        decision: 'approved',
      })
      .expect(409);
    expect(again.body.code).toBe('DUPLICATE');
    await api(t)
      .patch('/api/v1/consultations/00000000-0000-4000-8000-000000000000', { note: 'x' })
      .expect(404);
    await api(t)
      .post('/api/v1/surveys/ENK-2099-0001/consultations', { requestedAt: '2021-03-25T10:00:00Z' })
      .expect(404);
    const registrar = await t.keyFor('registrar');
    await api(t, registrar)
      .post(`/api/v1/surveys/${surveyId}/consultations`, { requestedAt: '2021-03-25T10:00:00Z' })
      .expect(403);
  });
});
