import { api } from './support/api';
import { startAppOnDatabase } from './support/app-on-database';
import { expectError, type PageBody } from './support/e2e-helpers';
import { scenario } from './support/scenario';
import { startTestApp, type TestApp } from './support/test-app';
import {
  callsAheadOfOrder,
  outOfOrderSurveys,
  waitUntil,
  WebhookReceiver,
} from './support/webhook-receiver';
import { eventsOwed, surveyWithEvents } from './support/webhook-scenario';

const ALL_EVENTS = [
  'flag.raised',
  'flag.resolved',
  'survey.sent',
  'consultation.completed',
  'network_review.recorded',
];
const SECRET = 'whsec-test-0123456789abcdef';

/** Fast polling and short back-off, so retries happen within a test's time. */
const DELIVERY_ENV = {
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
  WEBHOOK_POLL_INTERVAL_MS: '50',
  WEBHOOK_BACKOFF_BASE_MS: '20',
  WEBHOOK_BACKOFF_CAP_MS: '250',
  WEBHOOK_MAX_FAILURES: '1000',
  WEBHOOK_TIMEOUT_MS: '2000',
  FLAG_SCAN_INTERVAL_SECONDS: '0',
};

interface WebhookView {
  id: string;
  url: string;
  events: string[];
  secretHint: string;
  enabled: boolean;
  disabledAt: string | null;
  disabledReason: string | null;
  consecutiveFailures: number;
  version: number;
}

interface DeliveryView {
  id: string;
  eventId: string;
  eventType: string;
  surveyId: string | null;
  status: string;
  attemptCount: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  attempts: {
    attempt: number;
    statusCode: number | null;
    error: string | null;
    succeeded: boolean;
  }[];
}

async function subscribe(t: TestApp, url: string, events = ALL_EVENTS): Promise<WebhookView> {
  const response = await api(t).post('/api/v1/webhooks', { url, events, secret: SECRET });
  expect({ status: response.status, body: response.body as unknown }).toMatchObject({
    status: 201,
  });
  return response.body as WebhookView;
}

async function webhook(t: TestApp, id: string): Promise<WebhookView> {
  return (await api(t).get(`/api/v1/webhooks/${id}`).expect(200)).body as WebhookView;
}

async function deliveries(t: TestApp, id: string, query = ''): Promise<PageBody<DeliveryView>> {
  return (await api(t).get(`/api/v1/webhooks/${id}/deliveries?limit=500${query}`).expect(200))
    .body as PageBody<DeliveryView>;
}

async function undelivered(t: TestApp): Promise<number> {
  const [{ n }]: { n: number }[] = await t.dataSource.query(
    'SELECT count(*)::int AS n FROM webhook_deliveries WHERE delivered_at IS NULL',
  );
  return n;
}

/**
 * For a describe block: the service with `env`, emptied before each test, and a receiver of
 * its own for each test. Read both inside a test, once the hooks have run.
 */
function serviceWithReceiver(env: Record<string, string>) {
  const current = {} as { t: TestApp; receiver: WebhookReceiver };
  beforeAll(async () => {
    current.t = await startTestApp(env);
  });
  afterAll(() => current.t.close());
  beforeEach(async () => {
    await current.t.reset();
    current.receiver = new WebhookReceiver(SECRET);
    await current.receiver.start();
  });
  afterEach(() => current.receiver.stop());
  return current;
}

describe('webhook subscriptions API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ WEBHOOK_POLL_INTERVAL_MS: '0' });
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  it('creates a subscription, never shows the secret, and lists, reads and deletes it', async () => {
    const created = await subscribe(t, 'https://93.184.216.34/hooks', [
      'survey.sent',
      'flag.raised',
    ]);
    expect(created).toMatchObject({
      url: 'https://93.184.216.34/hooks',
      events: ['survey.sent', 'flag.raised'],
      secretHint: '…cdef',
      enabled: true,
      disabledAt: null,
      consecutiveFailures: 0,
      version: 1,
    });
    expect(JSON.stringify(created)).not.toContain(SECRET);
    expect(Object.keys(created)).not.toContain('secret');

    const list = (await api(t).get('/api/v1/webhooks').expect(200)).body as PageBody<WebhookView>;
    expect(list).toMatchObject({ total: 1, limit: 50, offset: 0 });
    expect(list.items.map((item) => item.id)).toEqual([created.id]);
    expect(JSON.stringify(list)).not.toContain(SECRET);
    expect(await webhook(t, created.id)).toEqual(created);

    const stored: { secret: string }[] = await t.dataSource.query(
      'SELECT secret FROM webhook_subscriptions WHERE id = $1',
      [created.id],
    );
    expect(stored[0].secret).toBe(SECRET);

    await api(t).delete(`/api/v1/webhooks/${created.id}`).expect(204);
    expectError(await api(t).get(`/api/v1/webhooks/${created.id}`), 404, 'NOT_FOUND');
    expectError(await api(t).delete(`/api/v1/webhooks/${created.id}`), 404, 'NOT_FOUND');
  });

  it.each([
    ['http://127.0.0.1:9/hook', 'loopback'],
    ['http://localhost:8080/hook', 'loopback'],
    ['http://[::1]/hook', 'loopback'],
    ['http://10.0.0.5/hook', 'private'],
    ['https://192.168.1.20/hook', 'private'],
    ['http://169.254.169.254/latest/meta-data', 'link-local'],
    ['http://[fe80::1]/hook', 'link-local'],
    ['http://[::ffff:127.0.0.1]/hook', 'loopback'],
    ['http://[::ffff:0:127.0.0.1]:8080/hook', 'loopback'],
    ['http://[64:ff9b:1::a00:5]/hook', 'private'],
    ['http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/hook', 'loopback'],
    ['http://2130706433/hook', 'loopback'],
    ['ftp://93.184.216.34/hook', 'http or https'],
    ['https://user:pw@93.184.216.34/hook', 'credentials'],
    ['not a url', 'absolute URL'],
  ])('refuses %s with 400 naming url (%s)', async (url, wording) => {
    const response = await api(t).post('/api/v1/webhooks', {
      url,
      events: ALL_EVENTS,
      secret: SECRET,
    });
    const body = expectError(response, 400, 'VALIDATION_FAILED', 'url');
    expect(body.message).toContain(wording);
  });

  it.each([
    [{ events: ['survey.created'] }, 'events'],
    [{ events: [] }, 'events'],
    [{ events: ['survey.sent', 'survey.sent'] }, 'events'],
    [{ events: 'survey.sent' }, 'events'],
    [{ secret: 'short' }, 'secret'],
    [{ secret: undefined }, 'secret'],
    [{ url: undefined }, 'url'],
    [{ extra: true }, 'extra'],
  ])('refuses %j with 400', async (change, field) => {
    const body = {
      url: 'https://93.184.216.34/hooks',
      events: ALL_EVENTS,
      secret: SECRET,
      ...change,
    };
    expectError(await api(t).post('/api/v1/webhooks', body), 400, 'VALIDATION_FAILED', field);
    const [{ n }]: { n: number }[] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM webhook_subscriptions',
    );
    expect(n).toBe(0);
  });

  it('is for admins only', async () => {
    const skrKey = await t.keyFor('skr');
    const body = { url: 'https://93.184.216.34/hooks', events: ALL_EVENTS, secret: SECRET };
    expectError(await api(t, skrKey).post('/api/v1/webhooks', body), 403, 'FORBIDDEN');
    expectError(await api(t, skrKey).get('/api/v1/webhooks'), 403, 'FORBIDDEN');
    expectError(await api(t, null).get('/api/v1/webhooks'), 401, 'UNAUTHENTICATED');
  });

  it('answers 404 and 400 for unknown and malformed ids on every route', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectError(await api(t).post(`/api/v1/webhooks/${unknown}/enable`), 404, 'NOT_FOUND');
    expectError(await api(t).post(`/api/v1/webhooks/${unknown}/redeliver`), 404, 'NOT_FOUND');
    expectError(await api(t).get(`/api/v1/webhooks/${unknown}/deliveries`), 404, 'NOT_FOUND');
    expectError(await api(t).get('/api/v1/webhooks/nope'), 400, 'VALIDATION_FAILED', 'id');
    const created = await subscribe(t, 'https://93.184.216.34/hooks');
    expectError(
      await api(t).post(`/api/v1/webhooks/${created.id}/redeliver`, { deliveryId: unknown }),
      404,
      'NOT_FOUND',
    );
    expectError(
      await api(t).get(`/api/v1/webhooks/${created.id}/deliveries?status=lost`),
      400,
      'VALIDATION_FAILED',
      'status',
    );
  });

  it('records who created and deleted a subscription in the audit trail', async () => {
    const created = await subscribe(t, 'https://93.184.216.34/hooks');
    await api(t).delete(`/api/v1/webhooks/${created.id}`).expect(204);
    const rows: { action: string; changes: Record<string, unknown> }[] = await t.dataSource.query(
      `SELECT action, changes FROM audit_events WHERE entity_id = $1 ORDER BY id`,
      [created.id],
    );
    expect(rows.map((row) => row.action)).toEqual(['webhook.created', 'webhook.deleted']);
    expect(JSON.stringify(rows)).not.toContain(SECRET);
  });
});

describe('webhook delivery', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;
  let agencyId: string;
  let networkId: string;

  beforeAll(async () => {
    t = await startTestApp(DELIVERY_ENV);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    receiver = new WebhookReceiver(SECRET);
    await receiver.start();
    agencyId = await scenario(t).agency('cve');
    networkId = await scenario(t).network();
  });
  afterEach(() => receiver.stop());

  it('delivers every event at least once, in order per survey, signed, through receiver failures, downtime and a service restart', async () => {
    receiver.responder = (call) => (call <= 5 ? 500 : 200);
    const subscription = await subscribe(t, receiver.url);

    await Promise.all(
      [0, 1, 2, 3].map((i) => surveyWithEvents(t, agencyId, networkId, `Enkät före ${i}`)),
    );
    await waitUntil(() => receiver.accepted.length >= 8, 20_000, 'first deliveries');
    await receiver.stop();
    await Promise.all(
      [0, 1].map((i) => surveyWithEvents(t, agencyId, networkId, `Enkät under avbrott ${i}`)),
    );

    // The service restarts while the receiver is down: a new instance on the same database.
    await t.close();
    t = await startAppOnDatabase({ env: DELIVERY_ENV, emptyOnStart: false });
    await Promise.all(
      [0, 1].map((i) => surveyWithEvents(t, agencyId, networkId, `Enkät efter omstart ${i}`)),
    );
    await waitUntil(
      async () => {
        const [{ n }]: { n: number }[] = await t.dataSource.query(
          `SELECT count(*)::int AS n FROM webhook_attempts WHERE error LIKE '%ECONNREFUSED%'`,
        );
        return n >= 3;
      },
      10_000,
      'attempts against the stopped receiver',
    );
    await receiver.start();

    const owed = await eventsOwed(t.dataSource, subscription.id);
    expect(owed.length).toBeGreaterThanOrEqual(8 * 5);
    expect(new Set(owed.map((event) => event.type))).toEqual(new Set(ALL_EVENTS));
    await waitUntil(
      () => new Set(receiver.accepted.map((call) => call.id)).size >= owed.length,
      20_000,
      `all ${owed.length} events accepted`,
    );

    expect(new Set(receiver.accepted.map((call) => call.id))).toEqual(
      new Set(owed.map((event) => event.id)),
    );
    expect(receiver.calls.filter((call) => !call.signatureValid)).toEqual([]);
    expect(new Set(receiver.calls.map((call) => call.contentType))).toEqual(
      new Set(['application/json']),
    );
    expect(receiver.calls.slice(0, 5).map((call) => call.answeredWith)).toEqual(Array(5).fill(500));
    expect(outOfOrderSurveys(owed, receiver.accepted)).toEqual([]);
    expect(callsAheadOfOrder(owed, receiver.calls)).toEqual([]);

    const byId = new Map(owed.map((event) => [event.id, event]));
    for (const call of receiver.accepted) {
      const event = byId.get(call.id);
      expect(call.type).toBe(event?.type);
      expect(call.occurredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    }

    await waitUntil(async () => (await undelivered(t)) === 0, 20_000, 'deliveries settled');
    const page = await deliveries(t, subscription.id);
    expect(page.total).toBe(owed.length);
    expect(page.items.every((item) => item.status === 'delivered')).toBe(true);
    const retried = page.items.filter((item) => item.attemptCount > 1);
    expect(retried.length).toBeGreaterThan(0);
    const failedAttempts = page.items.flatMap((item) => item.attempts.filter((a) => !a.succeeded));
    expect(failedAttempts.some((attempt) => attempt.statusCode === 500)).toBe(true);
    expect(failedAttempts.some((attempt) => /ECONNREFUSED/.test(attempt.error ?? ''))).toBe(true);
    for (const item of retried) {
      expect(item.attempts).toHaveLength(item.attemptCount);
      expect(item.attempts.map((attempt) => attempt.attempt)).toEqual(
        Array.from({ length: item.attemptCount }, (_, i) => i + 1),
      );
      expect(item.attempts.at(-1)?.succeeded).toBe(true);
    }
    expect(await webhook(t, subscription.id)).toMatchObject({
      enabled: true,
      consecutiveFailures: 0,
    });
  });

  it('lets deliveries in flight finish when it shuts down, so a restart sends nothing twice', async () => {
    const subscription = await subscribe(t, receiver.url, ['survey.sent']);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    receiver.delay = (call) => (call === 1 ? held : Promise.resolve());
    const s = scenario(t);
    const survey = await s.survey(agencyId, { title: 'Enkät under nedstängning' });
    await s.send(survey.id, '2021-02-01T09:00:00+01:00');
    await waitUntil(() => receiver.inFlight === 1, 20_000, 'the delivery in flight');

    let closed = false;
    const closing = t.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(closed).toBe(false);
    release();
    await closing;

    t = await startAppOnDatabase({ env: DELIVERY_ENV, emptyOnStart: false });
    const rows: { delivered: boolean; attempt_count: number }[] = await t.dataSource.query(
      `SELECT delivered_at IS NOT NULL AS delivered, attempt_count
         FROM webhook_deliveries WHERE subscription_id = $1`,
      [subscription.id],
    );
    expect(rows).toEqual([{ delivered: true, attempt_count: 1 }]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(receiver.calls.map((call) => call.answeredWith)).toEqual([200]);
  });

  it('sends a subscription only the events of its types that happen after it is made', async () => {
    await surveyWithEvents(t, agencyId, networkId, 'Enkät innan prenumerationen');
    const subscription = await subscribe(t, receiver.url, [
      'survey.sent',
      'consultation.completed',
    ]);
    const surveyId = await surveyWithEvents(t, agencyId, networkId, 'Enkät efter prenumerationen');

    const owed = await eventsOwed(t.dataSource, subscription.id);
    expect(owed.map((event) => [event.type, event.survey_id])).toEqual([
      ['survey.sent', surveyId],
      ['consultation.completed', surveyId],
    ]);
    await waitUntil(() => receiver.accepted.length >= 2, 20_000, 'two deliveries');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.calls.map((call) => call.id)).toEqual(owed.map((event) => event.id));
    expect(receiver.calls[0].data).toMatchObject({ surveyId });
  });

  it('redelivers a delivered event on request', async () => {
    const subscription = await subscribe(t, receiver.url, ['survey.sent']);
    const s = scenario(t);
    const first = await s.survey(agencyId, { title: 'Enkät som skickas två gånger' });
    await s.send(first.id, '2021-02-01T09:00:00+01:00');
    await waitUntil(() => receiver.accepted.length === 1, 20_000, 'first delivery');
    // The receiver has the call before the service has recorded its answer.
    await waitUntil(
      async () => (await deliveries(t, subscription.id)).items[0]?.status === 'delivered',
      20_000,
      'the first delivery recorded',
    );
    const [delivered] = (await deliveries(t, subscription.id)).items;
    expect(delivered).toMatchObject({ status: 'delivered', attemptCount: 1, lastStatusCode: 200 });

    const again = await api(t)
      .post(`/api/v1/webhooks/${subscription.id}/redeliver`, { deliveryId: delivered.id })
      .expect(202);
    expect(again.body).toEqual({ requeued: 1, subscriptionEnabled: true });
    await waitUntil(() => receiver.accepted.length === 2, 20_000, 'the redelivery');
    expect(receiver.accepted.map((call) => call.id)).toEqual([
      delivered.eventId,
      delivered.eventId,
    ]);
    await waitUntil(
      async () => (await deliveries(t, subscription.id)).items[0].attemptCount === 2,
      20_000,
      'the second attempt recorded',
    );
    const detail = (
      await api(t).get(`/api/v1/webhooks/${subscription.id}/deliveries/${delivered.id}`).expect(200)
    ).body as DeliveryView;
    expect(detail).toMatchObject({ status: 'delivered', attemptCount: 2 });
    expect(detail.attempts.map((attempt) => attempt.succeeded)).toEqual([true, true]);
  });
});

describe('webhook circuit breaker', () => {
  // A long request timeout: held calls must fail by their answer, not by timing out.
  const suite = serviceWithReceiver({
    ...DELIVERY_ENV,
    WEBHOOK_MAX_FAILURES: '3',
    WEBHOOK_TIMEOUT_MS: '20000',
  });

  it('disables a subscription after WEBHOOK_MAX_FAILURES failures in a row, keeps its deliveries queued, and resumes in order when re-enabled', async () => {
    const { t, receiver } = suite;
    const agencyId = await scenario(t).agency('cve');
    const networkId = await scenario(t).network();
    receiver.responder = () => 503;
    const subscription = await subscribe(t, receiver.url);
    await Promise.all(
      [0, 1, 2].map((i) => surveyWithEvents(t, agencyId, networkId, `Enkät avstängd ${i}`)),
    );
    await waitUntil(
      async () => !(await webhook(t, subscription.id)).enabled,
      20_000,
      'the subscription disabled',
    );
    const disabled = await webhook(t, subscription.id);
    expect(disabled).toMatchObject({ enabled: false, consecutiveFailures: 3 });
    expect(disabled.disabledReason).toContain('HTTP 503');
    const callsWhenDisabled = receiver.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(receiver.calls.length).toBe(callsWhenDisabled);
    const owed = await eventsOwed(t.dataSource, subscription.id);
    expect(await undelivered(t)).toBe(owed.length);
    const queued = await deliveries(t, subscription.id, '&status=failing');
    expect(queued.total).toBeGreaterThan(0);
    expect(queued.items[0].lastStatusCode).toBe(503);

    receiver.responder = () => 204;
    const enabled = (await api(t).post(`/api/v1/webhooks/${subscription.id}/enable`).expect(200))
      .body as WebhookView;
    expect(enabled).toMatchObject({ enabled: true, consecutiveFailures: 0, version: 2 });
    await waitUntil(async () => (await undelivered(t)) === 0, 20_000, 'all delivered');
    expect(new Set(receiver.accepted.map((call) => call.id))).toEqual(
      new Set(owed.map((event) => event.id)),
    );
    expect(outOfOrderSurveys(owed, receiver.accepted)).toEqual([]);
    expect(callsAheadOfOrder(owed, receiver.calls)).toEqual([]);
  });

  it('counts attempts that fail together when a receiver goes down as one failure', async () => {
    const { t, receiver } = suite;
    const agencyId = await scenario(t).agency('cve');
    const networkId = await scenario(t).network();
    const subscription = await subscribe(t, receiver.url, ['survey.sent']);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The first four calls are held open, so that they are in flight together, then fail at once.
    receiver.responder = (call) => (call <= 4 ? 500 : 200);
    receiver.delay = (call) => (call <= 4 ? held : Promise.resolve());
    await Promise.all(
      [0, 1, 2, 3].map((i) => surveyWithEvents(t, agencyId, networkId, `Enkät samtidig ${i}`)),
    );
    await waitUntil(() => receiver.inFlight >= 4, 20_000, 'four calls in flight');
    release();
    // With WEBHOOK_MAX_FAILURES 3, four failures counted one by one would disable it. (The
    // count itself is not polled: a quick successful retry can reset it before a poll sees it.)
    await waitUntil(async () => (await undelivered(t)) === 0, 20_000, 'all delivered');
    expect(await webhook(t, subscription.id)).toMatchObject({
      enabled: true,
      consecutiveFailures: 0,
    });
    expect(receiver.calls.slice(0, 4).map((call) => call.answeredWith)).toEqual([
      500, 500, 500, 500,
    ]);
  });
});

describe('webhook redelivery of failing deliveries', () => {
  // An hour of back-off: only the redeliver request can explain a prompt second attempt.
  const suite = serviceWithReceiver({
    ...DELIVERY_ENV,
    WEBHOOK_BACKOFF_BASE_MS: '3600000',
    WEBHOOK_BACKOFF_CAP_MS: '3600000',
  });

  it('sends failing deliveries at once when asked, instead of after their back-off', async () => {
    const { t, receiver } = suite;
    receiver.responder = (call) => (call === 1 ? 500 : 200);
    const subscription = await subscribe(t, receiver.url, ['survey.sent']);
    const s = scenario(t);
    const survey = await s.survey(await s.agency('cve'), { title: 'Enkät med fel hos mottagaren' });
    await s.send(survey.id, '2021-02-01T09:00:00+01:00');
    await waitUntil(
      async () => (await deliveries(t, subscription.id, '&status=failing')).total === 1,
      20_000,
      'a failing delivery',
    );
    const [failing] = (await deliveries(t, subscription.id)).items;
    expect(failing).toMatchObject({ status: 'failing', attemptCount: 1, lastStatusCode: 500 });
    expect(Date.parse(failing.nextAttemptAt ?? '')).toBeGreaterThan(Date.now() + 1_000);

    const response = await api(t).post(`/api/v1/webhooks/${subscription.id}/redeliver`).expect(202);
    expect(response.body).toEqual({ requeued: 1, subscriptionEnabled: true });
    await waitUntil(async () => (await undelivered(t)) === 0, 20_000, 'the redelivery');
    expect(receiver.calls.map((call) => [call.id, call.answeredWith])).toEqual([
      [failing.eventId, 500],
      [failing.eventId, 200],
    ]);
    const [delivered] = (await deliveries(t, subscription.id)).items;
    expect(delivered.attempts.map((attempt) => [attempt.statusCode, attempt.succeeded])).toEqual([
      [500, false],
      [200, true],
    ]);
  });
});
