import { api } from './support/api';
import { AGENCIES, surveyBody } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('surveys over HTTP', () => {
  let t: TestApp;
  let agencyId: string;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    const agency = await api(t).post('/api/v1/agencies', AGENCIES.socialstyrelsen).expect(201);
    agencyId = agency.body.id;
  });

  it('creates a survey with a reference, recipient count, burden and ETag', async () => {
    const response = await api(t).post('/api/v1/surveys', surveyBody(agencyId)).expect(201);
    expect(response.headers.etag).toBe('"1"');
    expect(response.body).toMatchObject({
      reference: 'ENK-2021-0001',
      status: 'draft',
      recipientCount: 290,
      agency: { id: agencyId, name: 'Socialstyrelsen', kind: 'state_agency' },
      burden: { estimatedHours: 145, realizedHours: 0 },
      version: 1,
    });
  });

  it('reads a survey by id and by reference', async () => {
    const created = (await api(t).post('/api/v1/surveys', surveyBody(agencyId)).expect(201)).body;
    const byId = await api(t).get(`/api/v1/surveys/${created.id}`).expect(200);
    const byReference = await api(t).get(`/api/v1/surveys/${created.reference}`).expect(200);
    expect(byId.body.id).toBe(created.id);
    expect(byReference.body.id).toBe(created.id);
  });
});
