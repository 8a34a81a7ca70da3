import { randomBytes } from 'node:crypto';
import { type BenchmarkOutcome, runScript } from './lib/benchmark';
import { Random } from './lib/random';
import { benchOptions, deadline, type Verdict } from './lib/report';
import { TARGET_ROLES, TITLE_TEMPLATES, TOPICS } from './lib/seed-words';
import { withDatabase } from './lib/seed';
import { type RunningService, startService } from './lib/service';
import { finishRun, machineBeforeMeasuring } from './lib/run-report';
import { type Receipt, startWebhookReceiver } from './lib/webhook-receiver';

const NAME = 'webhook-lag';
const BUDGET_SECONDS = 175;
const TARGET_EVENTS_PER_SECOND = 100;
const TARGET_P95_MS = 1_000;
/**
 * Each send writes four events of its survey in one transaction: survey.sent, and flag.raised
 * for SENT_WITHOUT_CONSULTATION, SHORT_RESPONSE_WINDOW (the deadline is three days off) and
 * SENT_IN_BLACKOUT_PERIOD (a blackout period covers the benchmark's days).
 */
const EVENTS_PER_SEND = 4;
const RESPONSE_DAYS = 3;
const DRAIN_TIMEOUT_MS = 30_000;
const SETUP_CONCURRENCY = 8;
const EVENT_TYPES = [
  'flag.raised',
  'flag.resolved',
  'survey.sent',
  'consultation.completed',
  'network_review.recorded',
];

/**
 * Issue 5: webhook dispatch keeps up with 100 events per second to a local receiver with p95
 * delivery lag under 1 s. Lag is the receipt time minus the event's occurredAt (the time of
 * the transaction that wrote it). Events come from real changes through the API at a steady
 * rate: drafts are sent, each send writing four events of its survey, which must arrive in
 * order. A ratio with /health/live would say nothing here, so there is none.
 */
const DEFAULTS = { surveys: 0, connections: 16, durationSeconds: 15, warmupSeconds: 2, rounds: 1 };

class Api {
  constructor(private readonly service: RunningService) {}

  async call<T>(method: string, path: string, body?: unknown, expected = [200, 201]): Promise<T> {
    const response = await fetch(`${this.service.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.service.apiKey}`,
        'content-type': 'application/json',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!expected.includes(response.status)) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    }
    return (text ? JSON.parse(text) : null) as T;
  }
}

/** Runs `work` for 0..count-1 with at most `concurrency` under way. */
async function inParallel(count: number, concurrency: number, work: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

function isoDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

async function createDrafts(api: Api, count: number): Promise<string[]> {
  const random = new Random(5);
  const day = 24 * 3600 * 1000;
  await api.call('POST', '/api/v1/blackout-periods', {
    from: isoDate(new Date(Date.now() - day)),
    to: isoDate(new Date(Date.now() + day)),
    reason: 'Enkätstopp under benchmarken',
  });
  const responseDeadline = new Date(Date.now() + RESPONSE_DAYS * day).toISOString();
  const agency = await api.call<{ id: string }>('POST', '/api/v1/agencies', {
    name: `Bänkmyndigheten ${randomBytes(3).toString('hex')}`,
    kind: 'state_agency',
  });
  const bodies = Array.from({ length: count }, (_, i) => ({
    agencyId: agency.id,
    title: `${random
      .pick(TITLE_TEMPLATES)
      .replace('{topic}', random.pick(TOPICS))
      .replace('{year}', '2026')} (del ${i + 1})`,
    purpose: 'Följa upp läget i kommunerna',
    targetRole: random.pick(TARGET_ROLES),
    collectionMethod: 'web_questionnaire',
    recipientScope: 'all_municipalities',
    questionCount: random.int(5, 30),
    estimatedMinutesPerResponse: random.int(10, 60),
    voluntary: true,
    responseDeadline,
  }));
  const ids: string[] = new Array<string>(count);
  await inParallel(count, SETUP_CONCURRENCY, async (i) => {
    ids[i] = (await api.call<{ id: string }>('POST', '/api/v1/surveys', bodies[i])).id;
  });
  return ids;
}

function sends(api: Api, surveys: readonly string[]): (() => Promise<void>)[] {
  return surveys.map(
    (id) => () => api.call('POST', `/api/v1/surveys/${id}/send`, {}).then(() => undefined),
  );
}

/**
 * Starts actions at a steady rate (open loop: a slow answer does not slow the rate down), at
 * most `maxInFlight` at once; returns when the time is up and the started ones have answered.
 */
async function generate(
  actions: readonly (() => Promise<void>)[],
  perSecond: number,
  seconds: number,
  maxInFlight: number,
): Promise<{ started: number; failed: number; seconds: number; throttled: number }> {
  const startedAt = Date.now();
  const inFlight = new Set<Promise<void>>();
  let started = 0;
  let failed = 0;
  let throttled = 0;
  while (Date.now() - startedAt < seconds * 1000 && started < actions.length) {
    const due = Math.floor(((Date.now() - startedAt) / 1000) * perSecond);
    while (started < due && started < actions.length) {
      if (inFlight.size >= maxInFlight) {
        throttled += 1;
        await Promise.race(inFlight);
        continue;
      }
      const task: Promise<void> = actions[started++]()
        .catch(() => {
          failed += 1;
        })
        .finally(() => inFlight.delete(task));
      inFlight.add(task);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await Promise.all(inFlight);
  return { started, failed, seconds: (Date.now() - startedAt) / 1000, throttled };
}

interface OwedEvent {
  id: string;
  seq: number;
  surveyId: string | null;
}

async function eventsOwed(databaseUrl: string, subscriptionId: string): Promise<OwedEvent[]> {
  return withDatabase(databaseUrl, async (client) => {
    const { rows } = await client.query<{ id: string; seq: string; survey_id: string | null }>(
      `SELECT o.id, o.seq::text AS seq, o.survey_id
         FROM outbox_events o JOIN webhook_subscriptions s ON s.id = $1
        WHERE o.seq > s.start_seq AND o.type = ANY (s.events)
        ORDER BY o.seq`,
      [subscriptionId],
    );
    return rows.map((row) => ({ id: row.id, seq: Number(row.seq), surveyId: row.survey_id }));
  });
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

/** Surveys whose events arrived out of seq order (first receipt of each event counts). */
function outOfOrderSurveys(receipts: readonly Receipt[], owed: readonly OwedEvent[]): number {
  const seqOf = new Map(owed.map((event) => [event.id, event.seq]));
  const lastSeq = new Map<string, number>();
  const broken = new Set<string>();
  const seen = new Set<string>();
  for (const receipt of receipts) {
    if (seen.has(receipt.eventId) || receipt.surveyId === null) continue;
    seen.add(receipt.eventId);
    const seq = seqOf.get(receipt.eventId) ?? Number.NaN;
    if (seq < (lastSeq.get(receipt.surveyId) ?? 0)) broken.add(receipt.surveyId);
    lastSeq.set(receipt.surveyId, seq);
  }
  return broken.size;
}

async function drain(receipts: readonly Receipt[], owed: () => Promise<OwedEvent[]>) {
  const until = Date.now() + DRAIN_TIMEOUT_MS;
  for (;;) {
    const expected = await owed();
    const received = new Set(receipts.map((receipt) => receipt.eventId));
    const missing = expected.filter((event) => !received.has(event.id)).length;
    if (missing === 0 || Date.now() > until) return { expected, missing };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function runWebhookLag(argv: readonly string[]): Promise<BenchmarkOutcome> {
  const options = benchOptions(argv, DEFAULTS);
  const timer = deadline(BUDGET_SECONDS);
  const startedAt = new Date();
  console.log(
    `\n## Webhook delivery lag at ${TARGET_EVENTS_PER_SECOND} events/s to a local receiver\n`,
  );
  const service = await startService({ env: { WEBHOOK_ALLOW_PRIVATE_URLS: 'true' } });
  const secret = randomBytes(24).toString('hex');
  const receiver = await startWebhookReceiver(secret);
  try {
    const api = new Api(service);
    const sendsPerSecond = TARGET_EVENTS_PER_SECOND / EVENTS_PER_SEND;
    const seconds = options.warmupSeconds + options.durationSeconds;
    const surveys = Math.ceil(sendsPerSecond * seconds) + 10;
    const setupStarted = Date.now();
    const drafts = await createDrafts(api, surveys);
    const subscription = await api.call<{ id: string }>('POST', '/api/v1/webhooks', {
      url: receiver.url,
      events: EVENT_TYPES,
      secret,
    });
    const notes = {
      Setup: `${drafts.length} draft surveys through the API in ${((Date.now() - setupStarted) / 1000).toFixed(1)} s, one subscription to ${receiver.url}`,
      Events: `${sendsPerSecond} sends/s × ${EVENTS_PER_SEND} events (survey.sent, 3 × flag.raised), at most ${options.connections} requests in flight, ${seconds} s`,
    };
    for (const [name, value] of Object.entries(notes)) console.log(`${name}: ${value}`);
    const before = machineBeforeMeasuring();

    const generated = await generate(
      sends(api, drafts),
      sendsPerSecond,
      seconds,
      options.connections,
    );
    const { expected, missing } = await drain(receiver.receipts, () =>
      eventsOwed(service.databaseUrl, subscription.id),
    );
    const firstReceipts = new Map<string, Receipt>();
    for (const receipt of receiver.receipts) {
      if (!firstReceipts.has(receipt.eventId)) firstReceipts.set(receipt.eventId, receipt);
    }
    const lags = [...firstReceipts.values()]
      .map((receipt) => receipt.receivedAt - receipt.occurredAt)
      .sort((a, b) => a - b);
    const receivedTimes = [...firstReceipts.values()].map((receipt) => receipt.receivedAt);
    const deliverySpan = (Math.max(...receivedTimes) - Math.min(...receivedTimes)) / 1000;
    const figures = {
      sendsStarted: generated.started,
      sendsFailed: generated.failed,
      eventsWritten: expected.length,
      eventsWrittenPerSecond: expected.length / generated.seconds,
      eventsDelivered: firstReceipts.size,
      eventsDeliveredPerSecond: firstReceipts.size / Math.max(deliverySpan, 1e-3),
      missing,
      duplicates: receiver.receipts.length - firstReceipts.size,
      badSignatures: receiver.receipts.filter((receipt) => !receipt.signatureValid).length,
      outOfOrderSurveys: outOfOrderSurveys(receiver.receipts, expected),
      lagMs: {
        p50: percentile(lags, 0.5),
        p95: percentile(lags, 0.95),
        p99: percentile(lags, 0.99),
        max: lags[lags.length - 1] ?? Number.NaN,
      },
    };
    console.log(
      [
        '',
        '| events written | written/s | delivered | delivered/s | lag p50 ms | lag p95 ms | lag p99 ms | lag max ms | missing | duplicates | bad signatures | surveys out of order |',
        '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        `| ${figures.eventsWritten} | ${figures.eventsWrittenPerSecond.toFixed(1)} | ${figures.eventsDelivered} | ${figures.eventsDeliveredPerSecond.toFixed(1)} | ${figures.lagMs.p50} | ${figures.lagMs.p95} | ${figures.lagMs.p99} | ${figures.lagMs.max} | ${figures.missing} | ${figures.duplicates} | ${figures.badSignatures} | ${figures.outOfOrderSurveys} |`,
        '',
      ].join('\n'),
    );
    const verdicts: Verdict[] = [
      {
        name: `events written at ≥ 95 % of ${TARGET_EVENTS_PER_SECOND}/s`,
        passed: figures.eventsWrittenPerSecond >= TARGET_EVENTS_PER_SECOND * 0.95,
        detail: `${figures.eventsWrittenPerSecond.toFixed(1)} events/s written, ${generated.failed} failed sends, ${generated.throttled} waits for a free connection`,
      },
      {
        name: `p95 delivery lag < ${TARGET_P95_MS} ms`,
        passed: figures.lagMs.p95 < TARGET_P95_MS,
        detail: `p50 ${figures.lagMs.p50} ms, p95 ${figures.lagMs.p95} ms, max ${figures.lagMs.max} ms`,
      },
      {
        name: 'every event delivered',
        passed: missing === 0 && expected.length > 0,
        detail: `${figures.eventsDelivered} of ${expected.length}, ${figures.duplicates} duplicates`,
      },
      {
        name: 'order per survey kept',
        passed: figures.outOfOrderSurveys === 0,
        detail: `${figures.outOfOrderSurveys} surveys out of order`,
      },
      {
        name: 'every signature valid',
        passed: figures.badSignatures === 0,
        detail: `${figures.badSignatures} bad of ${receiver.receipts.length}`,
      },
    ];
    const run = { name: NAME, startedAt, before, options, service, notes };
    return await finishRun(run, verdicts, { figures });
  } finally {
    await service.stop();
    await receiver.close();
    clearTimeout(timer);
  }
}

if (require.main === module) runScript(runWebhookLag);
