import { RetentionService } from '../src/retention/retention.service';
import { api } from './support/api';
import { scenario } from './support/scenario';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Old bookkeeping is pruned: delivered webhook events with their delivery log, answered
 * idempotency keys. What may still be needed is kept: undelivered or not yet fanned-out
 * events, recent rows, the newest event, keys whose request is still under way.
 */
const NOW = new Date('2026-11-23T12:00:00Z');
const OLD = '2026-06-01T12:00:00Z'; // 175 days before NOW: older than the default 90
const RECENT = '2026-11-01T12:00:00Z';

describe('retention', () => {
  let t: TestApp;
  let retention: RetentionService;
  let subscriptionId: string;
  let agencyId: string;

  const sql = <Row>(text: string, params: unknown[] = []): Promise<Row[]> =>
    t.dataSource.query(text, params);

  /** Sends a survey (one survey.sent event) and returns the event's seq. */
  async function sentEvent(title: string, occurredAt: string): Promise<string> {
    const s = scenario(t);
    const survey = await s.survey(agencyId, { title, plannedSendDate: '2026-05-01' });
    await s.send(survey.id, '2026-05-01T09:00:00+02:00');
    const [event] = await sql<{ seq: string }>(
      `WITH aged AS (
         UPDATE outbox_events SET occurred_at = $2
          WHERE survey_id = $1 AND type = 'survey.sent' RETURNING seq)
       SELECT seq::text FROM aged`,
      [survey.id, occurredAt],
    );
    return event.seq;
  }

  /** What the dispatcher does: one delivery per event for the subscription, then an attempt. */
  async function fanOut(seq: string, delivered: boolean): Promise<void> {
    await sql('DELETE FROM webhook_pending_events WHERE seq = $1', [seq]);
    const [delivery] = await sql<{ id: string }>(
      `INSERT INTO webhook_deliveries (subscription_id, event_seq, event_id, event_type, next_attempt_at, delivered_at, attempt_count)
       SELECT $1, seq, id, type, occurred_at, CASE WHEN $3 THEN occurred_at END, 1 FROM outbox_events WHERE seq = $2
       RETURNING id`,
      [subscriptionId, seq, delivered],
    );
    await sql(
      `INSERT INTO webhook_attempts (delivery_id, attempt, attempted_at, duration_ms, status_code, succeeded)
       VALUES ($1, 1, now(), 12, $2, $3)`,
      [delivery.id, delivered ? 200 : 503, delivered],
    );
  }

  const remaining = async () =>
    (
      await sql<{ seq: string }>('SELECT o.seq::text AS seq FROM outbox_events o ORDER BY o.seq')
    ).map((row) => row.seq);

  beforeAll(async () => {
    t = await startTestApp({
      FLAG_SCAN_INTERVAL_SECONDS: '0',
      WEBHOOK_POLL_INTERVAL_MS: '0',
      WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
    });
    retention = t.app.get(RetentionService);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    const created = await api(t)
      .post('/api/v1/webhooks', {
        url: 'http://127.0.0.1:9/hook',
        events: ['survey.sent'],
        secret: 'a-secret-of-enough-length',
      })
      .expect(201);
    subscriptionId = created.body.id as string;
    agencyId = await scenario(t).agency('socialstyrelsen');
  });

  it('prunes old delivered events with their deliveries and attempts, and keeps what is still owed', async () => {
    const delivered = await sentEvent('Levererad för länge sedan', OLD);
    const owed = await sentEvent('Aldrig levererad', OLD);
    const notFannedOut = await sentEvent('Väntar på utskick', OLD);
    const recent = await sentEvent('Levererad nyligen', RECENT);
    await fanOut(delivered, true);
    await fanOut(owed, false);
    await fanOut(recent, true);
    const before = await remaining();
    expect(before).toEqual(expect.arrayContaining([delivered, owed, notFannedOut, recent]));

    expect(await retention.prune(NOW)).toEqual({ outboxEvents: 1, idempotencyKeys: 0 });
    expect(await remaining()).toEqual(before.filter((seq) => seq !== delivered));
    const log = await sql<{ deliveries: number; attempts: number }>(
      `SELECT (SELECT count(*) FROM webhook_deliveries WHERE event_seq = $1)::int AS deliveries,
              (SELECT count(*) FROM webhook_attempts)::int AS attempts`,
      [delivered],
    );
    expect(log[0]).toEqual({ deliveries: 0, attempts: 2 });
    // The delivery log of what is left still answers.
    const deliveries = await api(t)
      .get(`/api/v1/webhooks/${subscriptionId}/deliveries`)
      .expect(200);
    expect(deliveries.body.items).toHaveLength(2);

    expect(await retention.prune(NOW)).toEqual({ outboxEvents: 0, idempotencyKeys: 0 });
  });

  it('keeps the newest event even when it is old and delivered, so sequence numbers keep growing', async () => {
    await sentEvent('Första', OLD);
    await sentEvent('Andra', OLD);
    await sql('UPDATE outbox_events SET occurred_at = $1', [OLD]);
    for (const seq of await remaining()) await fanOut(seq, true);
    const newest = (await remaining()).at(-1);

    const pruned = await retention.prune(NOW);
    expect(pruned.outboxEvents).toBeGreaterThan(1);
    expect(await remaining()).toEqual([newest]);
  });

  it('prunes answered idempotency keys, after which a replay updates the same survey', async () => {
    const registrar = await t.keyFor('registrar');
    const body = {
      sourceSystem: 'skr-diarium',
      externalId: 'D-2026-17',
      type: 'survey_received',
      registeredAt: '2026-05-04T10:00:00+02:00',
      agency: { name: 'Socialstyrelsen', orgNumber: '202100-5554' },
      title: 'Enkät om första linjens chefer',
    };
    const register = (key: string) =>
      api(t, registrar).post('/api/v1/registrations', body, { 'Idempotency-Key': key });
    const first = await register('old-key').expect(201);
    await register('recent-key').expect(200);
    await sql(`UPDATE idempotency_keys SET created_at = $1 WHERE idempotency_key = 'old-key'`, [
      OLD,
    ]);
    await sql(
      `INSERT INTO idempotency_keys (api_key_id, idempotency_key, request_hash, created_at)
       SELECT api_key_id, 'under-way', request_hash, $1 FROM idempotency_keys WHERE idempotency_key = 'old-key'`,
      [OLD],
    );

    expect(await retention.prune(NOW)).toEqual({ outboxEvents: 0, idempotencyKeys: 1 });
    const keys = await sql<{ idempotency_key: string }>(
      'SELECT idempotency_key FROM idempotency_keys ORDER BY idempotency_key',
    );
    expect(keys.map((row) => row.idempotency_key)).toEqual(['recent-key', 'under-way']);

    const replay = await register('old-key');
    expect(replay.status).toBe(200);
    expect(replay.body.surveyId).toBe(first.body.surveyId);
    const [{ surveys }] = await sql<{ surveys: number }>(
      'SELECT count(*)::int AS surveys FROM surveys',
    );
    expect(surveys).toBe(1);
  });

  it('runs once per interval however many instances ask', async () => {
    await sentEvent('Gammal', OLD);
    await sentEvent('Nyare', RECENT);
    const answers = await Promise.all([
      retention.runIfDue(NOW),
      retention.runIfDue(NOW),
      retention.runIfDue(new Date(NOW.getTime() + 60_000)),
    ]);
    expect(answers.filter((answer) => answer !== null)).toHaveLength(1);
  });
});

describe('retention turned off (0 days)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      FLAG_SCAN_INTERVAL_SECONDS: '0',
      WEBHOOK_POLL_INTERVAL_MS: '0',
      WEBHOOK_EVENT_RETENTION_DAYS: '0',
      IDEMPOTENCY_KEY_RETENTION_DAYS: '0',
    });
  });
  afterAll(() => t.close());

  it('keeps everything', async () => {
    const s = scenario(t);
    const survey = await s.survey(await s.agency('socialstyrelsen'), {
      plannedSendDate: '2026-05-01',
    });
    await s.send(survey.id, '2026-05-01T09:00:00+02:00');
    await s.send((await s.survey(await s.agency('cve'), {})).id, '2026-05-02T09:00:00+02:00');
    await t.dataSource.query(`UPDATE outbox_events SET occurred_at = $1`, [OLD]);
    await t.dataSource.query(`DELETE FROM webhook_pending_events`);
    expect(await t.app.get(RetentionService).prune(NOW)).toEqual({
      outboxEvents: 0,
      idempotencyKeys: 0,
    });
  });
});
