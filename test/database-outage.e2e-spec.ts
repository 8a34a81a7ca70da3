import { Logger } from '@nestjs/common';
import { createServer, type Server, type Socket } from 'node:net';
import { Client, Pool } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { toErrorBody } from '../src/common/http-exception.filter';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { startAppOnDatabase } from './support/app-on-database';
import { PostgresProcess, freePort } from './support/postgres-process';
import type { TestApp } from './support/test-app';
import { waitUntil, WebhookReceiver } from './support/webhook-receiver';
import { eventsOwed } from './support/webhook-scenario';
import { surveyBody } from './support/fixtures';

jest.setTimeout(180_000);

const SECRET = 'whsec-outage-0123456789abcdef';
const ENV = {
  WEBHOOK_ALLOW_PRIVATE_URLS: 'true',
  WEBHOOK_POLL_INTERVAL_MS: '50',
  WEBHOOK_BACKOFF_BASE_MS: '20',
  WEBHOOK_BACKOFF_CAP_MS: '250',
  WEBHOOK_TIMEOUT_MS: '2000',
  FLAG_SCAN_INTERVAL_SECONDS: '0',
};

interface Outcome {
  kind: 'write' | 'read' | 'ready' | 'event';
  status: number;
  body: unknown;
  retryAfter: string | undefined;
  ms: number;
  at: number;
}

const STACK_TRACE = /\n\s+at |node_modules|\.[jt]s:\d+|QueryFailedError|ECONNREFUSED/;

function expectUnavailableBody(outcome: Outcome): void {
  const body = outcome.body as Record<string, unknown>;
  expect(Object.keys(body).sort()).toEqual(['code', 'details', 'error', 'message', 'statusCode']);
  expect(body).toMatchObject({
    statusCode: 503,
    error: 'Service Unavailable',
    code: 'SERVICE_UNAVAILABLE',
    details: [],
  });
  expect(outcome.retryAfter).toBe('5');
}

describe('the database stops and starts again under load', () => {
  let pg: PostgresProcess;
  let t: TestApp;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    pg = await PostgresProcess.create();
    await pg.start();
    t = await startAppOnDatabase({ databaseUrl: pg.url, env: ENV, emptyOnStart: true });
    receiver = new WebhookReceiver(SECRET);
    await receiver.start();
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.stop();
    await pg?.destroy();
  });

  it('answers 503 with the error body while it is down, recovers without a restart, and loses no acknowledged write or event', async () => {
    const http = () => request(t.baseUrl);
    const auth = { Authorization: `Bearer ${t.adminKey}` };
    const subscription = (
      await http()
        .post('/api/v1/webhooks')
        .set(auth)
        .send({ url: receiver.url, events: ['survey.sent', 'flag.raised'], secret: SECRET })
        .expect(201)
    ).body as { id: string };
    const agencyId = (
      await http()
        .post('/api/v1/agencies')
        .set(auth)
        .send({ name: 'Socialstyrelsen', kind: 'state_agency' })
        .expect(201)
    ).body.id as string;

    const outcomes: Outcome[] = [];
    const acknowledgedAgencies: string[] = [];
    const acknowledgedSends: string[] = [];
    let running = true;
    let counter = 0;

    async function call(kind: Outcome['kind'], send: () => request.Test): Promise<Outcome> {
      const started = Date.now();
      const response = await send().timeout(15_000);
      const outcome: Outcome = {
        kind,
        status: response.status,
        body: response.body as unknown,
        retryAfter: response.headers['retry-after'] as string | undefined,
        ms: Date.now() - started,
        at: started,
      };
      outcomes.push(outcome);
      return outcome;
    }

    const workers = [
      async () => {
        while (running) {
          const name = `Myndighet ${++counter}`;
          const outcome = await call('write', () =>
            http().post('/api/v1/agencies').set(auth).send({ name, kind: 'state_agency' }),
          );
          if (outcome.status === 201)
            acknowledgedAgencies.push((outcome.body as { id: string }).id);
        }
      },
      async () => {
        while (running) {
          await call('read', () => http().get('/api/v1/agencies?limit=5').set(auth));
        }
      },
      async () => {
        while (running) {
          await call('ready', () => http().get('/health/ready'));
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      async () => {
        while (running) {
          const created = await call('event', () =>
            http()
              .post('/api/v1/surveys')
              .set(auth)
              .send(surveyBody(agencyId, { title: `Enkät under last ${++counter}` })),
          );
          if (created.status !== 201) continue;
          const id = (created.body as { id: string }).id;
          const sent = await call('event', () =>
            http()
              .post(`/api/v1/surveys/${id}/send`)
              .set(auth)
              .send({ sentAt: '2021-02-01T09:00:00Z' }),
          );
          if (sent.status === 200) acknowledgedSends.push(id);
        }
      },
    ];
    const load = Promise.all(workers.map((worker) => worker()));
    const succeeded = (from: number, to: number) =>
      outcomes.filter((o) => o.status < 300 && o.kind === 'write' && o.at >= from && o.at < to);
    // Each phase lasts until the load has shown what the phase is for, however slow the machine.
    await waitUntil(() => succeeded(0, Infinity).length > 0, 20_000, 'writes before the outage');
    const stoppedAt = Date.now();
    await pg.stop();
    await waitUntil(
      () => outcomes.some((o) => o.at > stoppedAt + 500 && o.status === 503),
      20_000,
      'refusals while the database is down',
    );
    const downReady = await http().get('/health/ready').timeout(10_000);
    expect(downReady.status).toBe(503);
    expect(downReady.body).toEqual({ status: 'unavailable', database: 'down' });
    const startedAt = Date.now();
    await pg.start();
    const restartedAt = Date.now();
    await waitUntil(
      async () => (await http().get('/health/ready').timeout(10_000)).status === 200,
      20_000,
      'readiness back once the database accepts connections',
      100,
    );
    const readyAgainMs = Date.now() - restartedAt;
    await waitUntil(
      () => succeeded(restartedAt + readyAgainMs, Infinity).length > 0,
      20_000,
      'writes after the outage',
    );
    running = false;
    await load;

    const statuses = new Set(outcomes.map((outcome) => outcome.status));
    expect([...statuses].filter((status) => ![200, 201, 503].includes(status))).toEqual([]);
    const unavailable = outcomes.filter((outcome) => outcome.status === 503);
    expect(unavailable.length).toBeGreaterThan(0);
    for (const outcome of unavailable) {
      if (outcome.kind === 'ready') {
        expect(outcome.body).toEqual({ status: 'unavailable', database: 'down' });
      } else {
        expectUnavailableBody(outcome);
      }
      expect(JSON.stringify(outcome.body)).not.toMatch(STACK_TRACE);
      // Fail fast: nobody waits for a database that is not there.
      expect(outcome.ms).toBeLessThan(6_000);
    }
    expect(succeeded(0, stoppedAt).length).toBeGreaterThan(0);
    expect(succeeded(restartedAt + readyAgainMs, Infinity).length).toBeGreaterThan(0);
    expect(
      outcomes.filter((o) => o.at > stoppedAt + 500 && o.at < startedAt && o.status === 503).length,
    ).toBeGreaterThan(0);

    const stored: { id: string }[] = await t.dataSource.query(
      'SELECT id FROM agencies WHERE id = ANY ($1::uuid[])',
      [acknowledgedAgencies],
    );
    expect(stored.length).toBe(acknowledgedAgencies.length);
    const sentSurveys: { id: string }[] = await t.dataSource.query(
      `SELECT id FROM surveys WHERE status = 'sent' AND id = ANY ($1::uuid[])`,
      [acknowledgedSends],
    );
    expect(sentSurveys.length).toBe(acknowledgedSends.length);

    // The dispatcher lived through it: every event owed arrives once the database is back.
    const owed = await eventsOwed(t.dataSource, subscription.id);
    const sentEvents = owed.filter((event) => event.type === 'survey.sent');
    // A send answered 503 may still have committed; every acknowledged one must have its event.
    const sentSurveyIds = new Set(sentEvents.map((event) => event.survey_id));
    expect(acknowledgedSends.filter((id) => !sentSurveyIds.has(id))).toEqual([]);
    await waitUntil(
      () => new Set(receiver.accepted.map((call) => call.id)).size >= owed.length,
      20_000,
      `all ${owed.length} events delivered after the outage`,
    );
    expect(new Set(receiver.accepted.map((call) => call.id))).toEqual(
      new Set(owed.map((event) => event.id)),
    );
    expect(receiver.calls.every((call) => call.signatureValid)).toBe(true);
  });

  it('survives the server closing idle connections (pool and LISTEN) and answers on fresh ones', async () => {
    const auth = { Authorization: `Bearer ${t.adminKey}` };
    await request(t.baseUrl).get('/api/v1/agencies').set(auth).expect(200);
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    try {
      const terminated: { pg_terminate_backend: boolean }[] = (
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()
              AND backend_type = 'client backend'`,
        )
      ).rows;
      expect(terminated.length).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await waitUntil(
      async () => (await request(t.baseUrl).get('/health/ready')).status === 200,
      20_000,
      'ready on fresh connections',
    );
    await request(t.baseUrl).get('/api/v1/agencies').set(auth).expect(200);
    await waitUntil(
      async () => {
        const listeners: unknown[] = await t.dataSource.query(
          `SELECT 1 FROM pg_stat_activity WHERE application_name = 'enkatkollen-webhook-listener'`,
        );
        return listeners.length === 1;
      },
      20_000,
      'the LISTEN connection re-established',
      100,
    );

    const before = receiver.accepted.length;
    const agencyId = (
      await request(t.baseUrl)
        .post('/api/v1/agencies')
        .set(auth)
        .send({ name: 'Myndigheten efter avbrottet', kind: 'state_agency' })
        .expect(201)
    ).body.id as string;
    const survey = (
      await request(t.baseUrl)
        .post('/api/v1/surveys')
        .set(auth)
        .send(surveyBody(agencyId))
        .expect(201)
    ).body as { id: string };
    await request(t.baseUrl)
      .post(`/api/v1/surveys/${survey.id}/send`)
      .set(auth)
      .send({ sentAt: '2021-02-01T09:00:00Z' })
      .expect(200);
    await waitUntil(
      () => receiver.accepted.slice(before).some((call) => call.data.surveyId === survey.id),
      20_000,
      'the new survey.sent delivered',
    );
  });
});

describe('database errors as the exception filter sees them', () => {
  const logger = new Logger('spec');
  let pg: PostgresProcess;
  const servers: Server[] = [];

  function fakeServer(onConnection: (socket: Socket) => void): Promise<number> {
    const server = createServer(onConnection);
    servers.push(server);
    return new Promise((resolve) =>
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : 0);
      }),
    );
  }

  async function errorOf(run: () => Promise<unknown>): Promise<unknown> {
    try {
      await run();
    } catch (error) {
      return error;
    }
    throw new Error('expected an error');
  }

  function expect503(error: unknown): void {
    expect(toErrorBody(error, logger)).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'SERVICE_UNAVAILABLE',
      message: 'The database is unavailable; try again shortly',
      details: [],
    });
  }

  beforeAll(async () => {
    pg = await PostgresProcess.create();
    await pg.start();
  });
  afterAll(async () => {
    for (const server of servers) server.close();
    await pg?.destroy();
  });

  it('maps a refused connection through TypeORM to 503', async () => {
    const port = await freePort();
    const dataSource = new DataSource(
      buildDataSourceOptions(`postgres://postgres:postgres@127.0.0.1:${port}/postgres`),
    );
    const error = await errorOf(() => dataSource.initialize());
    expect(String(error)).toMatch(/ECONNREFUSED/);
    expect503(error);
  });

  it('maps "Connection terminated unexpectedly" to 503', async () => {
    const port = await fakeServer((socket) => socket.destroy());
    const client = new Client({ connectionString: `postgres://u:p@127.0.0.1:${port}/db` });
    client.on('error', () => undefined);
    const error = await errorOf(() => client.connect());
    expect(String(error)).toMatch(/Connection terminated unexpectedly/);
    expect503(error);
  });

  it('maps a connect timeout (a server that never answers) to 503', async () => {
    const port = await fakeServer(() => undefined);
    const pool = new Pool({
      connectionString: `postgres://u:p@127.0.0.1:${port}/db`,
      connectionTimeoutMillis: 200,
    });
    const error = await errorOf(() => pool.query('SELECT 1'));
    await pool.end();
    expect(String(error)).toMatch(/timeout/);
    expect503(error);
  });

  it('maps a pool that stays exhausted until connectionTimeoutMillis to 503', async () => {
    const dataSource = new DataSource({
      ...buildDataSourceOptions(pg.url, { poolSize: 1 }),
      migrationsRun: false,
      extra: { max: 1, connectionTimeoutMillis: 300 },
    });
    await dataSource.initialize();
    try {
      const busy = dataSource.query('SELECT pg_sleep(1)');
      const error = await errorOf(() => dataSource.query('SELECT 1'));
      await busy;
      expect(String(error)).toMatch(/timeout exceeded when trying to connect/);
      expect503(error);
    } finally {
      await dataSource.destroy();
    }
  });

  it('maps a query cut off by the server shutting down (57P01, QueryFailedError) to 503', async () => {
    const dataSource = new DataSource({
      ...buildDataSourceOptions(pg.url, { poolSize: 2 }),
      migrationsRun: false,
    });
    await dataSource.initialize();
    try {
      const running = errorOf(() => dataSource.query('SELECT pg_sleep(30)'));
      await waitUntil(
        async () => {
          const [{ sleeping }]: { sleeping: number }[] = await dataSource.query(
            `SELECT count(*)::int AS sleeping FROM pg_stat_activity
              WHERE state = 'active' AND query = 'SELECT pg_sleep(30)'`,
          );
          return sleeping === 1;
        },
        20_000,
        'the long query running',
      );
      await pg.stop();
      const error = await running;
      expect((error as Error).name).toBe('QueryFailedError');
      expect503(error);
      const refused = await errorOf(() => dataSource.query('SELECT 1'));
      expect503(refused);
      await pg.start();
      await waitUntil(
        async () =>
          (await dataSource.query('SELECT 1').then(
            () => true,
            () => false,
          )) as boolean,
        20_000,
        'the pool reconnects by itself',
      );
    } finally {
      await dataSource.destroy();
    }
  });
});
