import request from 'supertest';
import { api } from './support/api';
import { expectError } from './support/e2e-helpers';
import { scenario } from './support/scenario';
import { startService, startTestApp, TestApp } from './support/test-app';

const METRICS_TOKEN = 'metrics-scrape-token-0123456789';

/** The value of one series in Prometheus' text format, or undefined when it is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}) {
  const wanted = Object.entries(labels).map(([label, value]) => `${label}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((pair) => present.includes(pair))) return Number(match[3]);
  }
  return undefined;
}

function registration(sourceSystem: string, externalId: string, title = 'Enkät om chefer') {
  return {
    sourceSystem,
    externalId,
    type: 'survey_received',
    registeredAt: '2021-03-15T10:00:00+01:00',
    agency: { name: 'Socialstyrelsen', orgNumber: '202100-5554' },
    title,
  };
}

describe('GET /metrics', () => {
  let t: TestApp;

  const scrape = async (authorization = `Bearer ${METRICS_TOKEN}`) => {
    const response = await request(t.baseUrl).get('/metrics').set('Authorization', authorization);
    expect(response.status).toBe(200);
    return response.text;
  };

  beforeAll(async () => {
    t = await startTestApp({
      METRICS_TOKEN,
      FLAG_SCAN_INTERVAL_SECONDS: '0',
      // No dispatcher: webhook events stay in the queue for the depth to show.
      WEBHOOK_POLL_INTERVAL_MS: '0',
    });
  });
  afterAll(() => t.close());

  it('shows requests by route pattern, registrations, open flags, queue, pool and caches', async () => {
    const s = scenario(t);
    for (let i = 0; i < 3; i++) await api(t, null).get('/health/live').expect(200);
    const unknownSurvey = '00000000-0000-4000-8000-00000000abcd';
    await api(t).get(`/api/v1/surveys/${unknownSurvey}`).expect(404);
    await api(t, null).get('/no/such/page').expect(404);
    await api(t)
      .post('/api/v1/webhooks', {
        url: 'https://93.184.216.34/hooks',
        events: ['flag.raised'],
        secret: 'a-webhook-secret-of-some-length',
      })
      .expect(201);

    const registrar = await t.keyFor('registrar', ['diarium-a']);
    const register = (body: object, key: string) =>
      api(t, registrar).post('/api/v1/registrations', body, { 'Idempotency-Key': key });
    await register(registration('diarium-a', 'M-1'), 'm-1').expect(201);
    await register(registration('diarium-a', 'M-2', 'Enkät om IVO'), 'm-2').expect(201);
    await register(registration('diarium-a', 'M-1', 'Enkät om chefer, ny titel'), 'm-3').expect(
      200,
    );
    await register(registration('diarium-b', 'M-9'), 'm-4').expect(403);

    const agency = await s.agency('cve');
    const survey = await s.survey(agency);
    expect((await s.send(survey.id, '2021-02-01T09:00:00+01:00')).openFlags).toEqual([
      'SENT_WITHOUT_CONSULTATION',
    ]);
    for (let i = 0; i < 2; i++) await api(t, null).get('/api/v1/lookup?q=chefer').expect(200);

    const text = await scrape();
    const requests = 'enkatkollen_http_request_duration_seconds_count';
    expect(sample(text, requests, { route: '/health/live', status: '200' })).toBe(3);
    expect(
      sample(text, requests, { method: 'GET', route: '/api/v1/surveys/:id', status: '404' }),
    ).toBe(1);
    expect(sample(text, requests, { route: '(unmatched)', status: '404' })).toBe(1);
    expect(sample(text, requests, { route: '/api/v1/registrations', status: '403' })).toBe(1);
    expect(text).not.toContain(unknownSurvey);
    expect(text).not.toContain('/no/such/page');

    const registrations = 'enkatkollen_registrations_total';
    expect(sample(text, registrations, { outcome: 'created' })).toBe(2);
    expect(sample(text, registrations, { outcome: 'updated' })).toBe(1);
    expect(sample(text, registrations, { outcome: 'refused' })).toBe(1);

    const flags = 'enkatkollen_open_flags';
    expect(sample(text, flags, { code: 'SENT_WITHOUT_CONSULTATION' })).toBe(1);
    expect(sample(text, flags, { code: 'HIGH_BURDEN' })).toBe(0);

    const queued = sample(text, 'enkatkollen_webhook_queue_depth', { stage: 'events' });
    expect(queued).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'enkatkollen_webhook_queue_depth', { stage: 'deliveries' })).toBe(0);
    expect(sample(text, 'enkatkollen_webhook_delivery_lag_seconds_count')).toBe(0);

    const pool = 'enkatkollen_db_pool_connections';
    expect(sample(text, pool, { state: 'total' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, pool, { state: 'idle' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, pool, { state: 'waiting' })).toBe(0);

    const caches = 'enkatkollen_cache_requests_total';
    expect(sample(text, caches, { cache: 'api_key', result: 'hit' })).toBeGreaterThan(0);
    expect(sample(text, caches, { cache: 'api_key', result: 'miss' })).toBeGreaterThanOrEqual(2);
    const lookups =
      (sample(text, caches, { cache: 'lookup', result: 'hit' }) ?? 0) +
      (sample(text, caches, { cache: 'lookup', result: 'miss' }) ?? 0);
    expect(lookups).toBeGreaterThanOrEqual(2);
    expect(sample(text, caches, { cache: 'ledger', result: 'miss' })).toBe(0);
  });

  it('answers in the text format, for METRICS_TOKEN and admin keys, never stored', async () => {
    const response = await request(t.baseUrl)
      .get('/metrics')
      .set('Authorization', `Bearer ${t.adminKey}`)
      .expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.text).toContain('# TYPE enkatkollen_http_request_duration_seconds histogram');
    await scrape();
  });

  it('refuses a request without a key (401), a wrong token (401) and a key of another role (403)', async () => {
    expectError(await request(t.baseUrl).get('/metrics'), 401, 'UNAUTHENTICATED');
    expectError(
      await request(t.baseUrl).get('/metrics').set('Authorization', 'Bearer wrong-token-0000000'),
      401,
      'UNAUTHENTICATED',
    );
    for (const role of ['skr', 'network', 'registrar'] as const) {
      const key = await t.keyFor(role);
      expectError(
        await request(t.baseUrl).get('/metrics').set('Authorization', `Bearer ${key}`),
        403,
        'FORBIDDEN',
      );
    }
  });

  it('keeps a registry per service: a second one in the same process counts on its own', async () => {
    const second = await startService({ METRICS_TOKEN });
    try {
      await request(second.baseUrl).get('/health/live').expect(200);
      const response = await request(second.baseUrl)
        .get('/metrics')
        .set('Authorization', `Bearer ${METRICS_TOKEN}`)
        .expect(200);
      const count = 'enkatkollen_http_request_duration_seconds_count';
      expect(sample(response.text, count, { route: '/health/live' })).toBe(1);
      expect(sample(await scrape(), count, { route: '/health/live' })).toBe(3);
    } finally {
      await second.close();
    }
  });

  it('is absent with METRICS_ENABLED=false', async () => {
    const off = await startService({ METRICS_ENABLED: 'false', METRICS_TOKEN });
    try {
      const response = await request(off.baseUrl)
        .get('/metrics')
        .set('Authorization', `Bearer ${METRICS_TOKEN}`);
      expect(response.status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
