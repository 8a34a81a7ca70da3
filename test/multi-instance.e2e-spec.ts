import { FlagScheduler } from '../src/flags/flag-scheduler.service';
import { WebhookDispatcher } from '../src/webhooks/webhook-dispatcher.service';
import { api } from './support/api';
import { startAppOnDatabase } from './support/app-on-database';
import { surveyBody } from './support/fixtures';
import { scenario } from './support/scenario';
import { startTestApp, type TestApp } from './support/test-app';
import {
  callsAheadOfOrder,
  outOfOrderSurveys,
  waitUntil,
  WebhookReceiver,
} from './support/webhook-receiver';
import { eventsOwed, surveyWithEvents } from './support/webhook-scenario';

const SECRET = 'whsec-two-instances-0123456789';

/** Small batches and fast polling, so that the two instances compete for every delivery. */
const ENV = {
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
  WEBHOOK_POLL_INTERVAL_MS: '20',
  WEBHOOK_BATCH_SIZE: '5',
  WEBHOOK_BACKOFF_BASE_MS: '20',
  WEBHOOK_BACKOFF_CAP_MS: '250',
  FLAG_SCAN_INTERVAL_SECONDS: '600',
};

describe('two service instances on one database', () => {
  let a: TestApp;
  let b: TestApp;
  /** Instance b, called with the admin key of the latest reset (keys live in the database). */
  let bAsAdmin: TestApp;

  beforeAll(async () => {
    a = await startTestApp(ENV);
    b = await startAppOnDatabase({ env: ENV, emptyOnStart: false });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });
  beforeEach(async () => {
    await a.reset();
    bAsAdmin = { ...b, adminKey: a.adminKey };
  });

  it('delivers every webhook event exactly once between them, in order per survey', async () => {
    const receiver = new WebhookReceiver(SECRET);
    await receiver.start();
    try {
      const subscription = (
        await api(a)
          .post('/api/v1/webhooks', {
            url: receiver.url,
            events: [
              'flag.raised',
              'flag.resolved',
              'survey.sent',
              'consultation.completed',
              'network_review.recorded',
            ],
            secret: SECRET,
          })
          .expect(201)
      ).body as { id: string };
      const agencyId = await scenario(a).agency('cve');
      const networkId = await scenario(bAsAdmin).network();
      const before = [a, b].map((t) => t.app.get(WebhookDispatcher).counts().delivered);

      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          surveyWithEvents(i % 2 === 0 ? a : bAsAdmin, agencyId, networkId, `Enkät ${i}`),
        ),
      );
      const owed = await eventsOwed(a.dataSource, subscription.id);
      expect(owed.length).toBeGreaterThanOrEqual(12 * 5);
      await waitUntil(
        () => new Set(receiver.accepted.map((call) => call.id)).size >= owed.length,
        20_000,
        `all ${owed.length} events delivered`,
      );
      // Time for a second, duplicate delivery to show up if either instance were to make one.
      await new Promise((resolve) => setTimeout(resolve, 500));

      expect(receiver.calls).toHaveLength(owed.length);
      expect(new Set(receiver.calls.map((call) => call.id))).toEqual(
        new Set(owed.map((event) => event.id)),
      );
      expect(receiver.calls.every((call) => call.signatureValid && call.answeredWith === 200)).toBe(
        true,
      );
      expect(outOfOrderSurveys(owed, receiver.accepted)).toEqual([]);
      expect(callsAheadOfOrder(owed, receiver.calls)).toEqual([]);

      const sent = [a, b].map(
        (t, i) => t.app.get(WebhookDispatcher).counts().delivered - before[i],
      );
      expect(sent[0] + sent[1]).toBe(owed.length);
      expect(sent[0]).toBeGreaterThan(0);
      expect(sent[1]).toBeGreaterThan(0);
      const [{ attempts }]: { attempts: number }[] = await a.dataSource.query(
        'SELECT count(*)::int AS attempts FROM webhook_attempts',
      );
      expect(attempts).toBe(owed.length);
    } finally {
      await receiver.stop();
    }
  });

  it('runs the time-based flag scan once when FlagScheduler.runIfDue runs on both at once', async () => {
    const agencyId = await scenario(a).agency('socialstyrelsen');
    for (const title of ['Enkät A', 'Enkät B', 'Enkät C']) {
      await api(a)
        .post('/api/v1/surveys', surveyBody(agencyId, { title, plannedSendDate: '2021-04-06' }))
        .expect(201);
    }
    const schedulers = [a, b].map((t) => t.app.get(FlagScheduler));
    const scans = schedulers.map((scheduler) => jest.spyOn(scheduler, 'scan'));
    try {
      const start = Date.parse('2021-03-30T08:00:00Z');
      for (let round = 0; round < 5; round++) {
        const now = new Date(start + round * 600_000);
        const results = await Promise.all(schedulers.map((scheduler) => scheduler.runIfDue(now)));
        expect(results.filter((result) => result !== null)).toEqual([3]);
        // Asked again for the same moment, neither runs it.
        expect(await Promise.all(schedulers.map((s) => s.runIfDue(now)))).toEqual([null, null]);
      }
      expect(scans[0].mock.calls.length + scans[1].mock.calls.length).toBe(5);
    } finally {
      for (const scan of scans) scan.mockRestore();
    }
  });

  it('gives surveys created in parallel on both instances unique, gapless references', async () => {
    const agencyId = await scenario(a).agency('socialstyrelsen');
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api(i % 2 === 0 ? a : bAsAdmin).post(
          '/api/v1/surveys',
          surveyBody(agencyId, { title: `Parallell enkät ${i}` }),
        ),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    const references = responses.map(
      (response) => (response.body as { reference: string }).reference,
    );
    expect([...references].sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `ENK-2021-${String(i + 1).padStart(4, '0')}`),
    );
    const stored: { reference: string }[] = await b.dataSource.query(
      'SELECT reference FROM surveys ORDER BY reference',
    );
    expect(stored.map((row) => row.reference)).toEqual([...references].sort());
  });
});
