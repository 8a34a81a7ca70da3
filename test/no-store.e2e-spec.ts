import { api } from './support/api';
import { AGENCIES } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

/** Answers to a key are its holder's: no cache between the service and the client keeps them. */
describe('Cache-Control of the API behind a key', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([
    '/api/v1/surveys/export?format=csv',
    '/api/v1/surveys/export?format=xlsx',
    '/api/v1/consultations/export?format=csv',
    '/api/v1/consultations/export?format=xlsx',
    '/api/v1/burden/export?format=csv&groupBy=year',
    '/api/v1/burden/export?format=xlsx&groupBy=agency',
    '/api/v1/surveys',
    '/api/v1/burden?groupBy=year',
    '/api/v1/statistics/flags',
    '/api/v1/registrations',
    '/api/v1/api-keys',
    '/api/v1/webhooks',
  ])('answers GET %s with Cache-Control: no-store', async (path) => {
    const response = await api(t).get(path).buffer(true);
    expect({ status: response.status, cacheControl: response.headers['cache-control'] }).toEqual({
      status: 200,
      cacheControl: 'no-store',
    });
  });

  it('answers writes and their errors with no-store too', async () => {
    const created = await api(t).post('/api/v1/agencies', AGENCIES.socialstyrelsen).expect(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const missing = await api(t).get('/api/v1/surveys/00000000-0000-4000-8000-000000000000');
    expect([missing.status, missing.headers['cache-control']]).toEqual([404, 'no-store']);
  });

  it('leaves public routes to their own caching', async () => {
    const lookup = await api(t, null).get('/api/v1/lookup?q=enkät').expect(200);
    expect(lookup.headers['cache-control']).not.toBe('no-store');
    const authorities = await api(t, null).get('/api/v1/local-authorities').expect(200);
    expect(authorities.headers['cache-control']).not.toBe('no-store');
  });
});
