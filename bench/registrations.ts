import { randomBytes } from 'node:crypto';
import { type BenchmarkOutcome, runScript } from './lib/benchmark';
import {
  alternateGenerated,
  cpuTable,
  type GeneratedSummary,
  type GeneratedTarget,
  generatedTable,
} from './lib/generated-load';
import { cpuTimes } from './lib/process-cpu';
import { Random } from './lib/random';
import { benchOptions, deadline, type Verdict } from './lib/report';
import { AGENCIES, TITLE_TEMPLATES, TOPICS } from './lib/seed-words';
import { ensureSurveys, withDatabase } from './lib/seed';
import { type RunningService, startService } from './lib/service';
import { finishRun, machineBeforeMeasuring } from './lib/run-report';

const NAME = 'registrations';
const BUDGET_SECONDS = 175;
const BATCH_SIZE = 100;
const TARGET_BATCH_PER_SECOND = 1_000;
const TARGET_SINGLE_PER_SECOND = 200;
/** A batch answers when all its items are applied; under load that may take a while. */
const BATCH_TIMEOUT_SECONDS = 60;
/**
 * The service applies one batch chunk at a time, so a second batch waiting keeps it busy;
 * more would only queue (and be left over when a measurement ends).
 */
const BATCH_CONNECTIONS = 2;
const SETTLE_POLL_MS = 200;
const SETTLE_TIMEOUT_MS = 60_000;

/**
 * Issue 5: registrations from registrar systems, at least 1 000 per second sustained in
 * batches of 100 and 200 per second as single requests, over loopback. Every request carries
 * new registrations (own Idempotency-Key and externalId), so each is applied, not replayed.
 * GET /health/live runs in the same rounds for the ratio.
 */
const DEFAULTS = {
  surveys: 2_000,
  connections: 8,
  durationSeconds: 10,
  warmupSeconds: 3,
  rounds: 2,
};

/** Realistic registrar records: mostly surveys received, some consultation requests. */
class RegistrationSource {
  private readonly random = new Random(11);
  private readonly run = randomBytes(4).toString('hex');
  private count = 0;

  next(): { idempotencyKey: string; registration: Record<string, unknown> } {
    const n = ++this.count;
    const random = this.random;
    const agency = random.pick(AGENCIES);
    const year = random.int(2024, 2025);
    const month = String(random.int(1, 12)).padStart(2, '0');
    const day = String(random.int(1, 28)).padStart(2, '0');
    const title = random
      .pick(TITLE_TEMPLATES)
      .replace('{topic}', random.pick(TOPICS))
      .replace('{year}', String(year));
    const requested = random.chance(0.3);
    return {
      idempotencyKey: `bench-${this.run}-${n}`,
      registration: {
        sourceSystem: 'bench-diarium',
        externalId: `BENCH ${this.run}/${n}`,
        type: requested ? 'consultation_requested' : 'survey_received',
        registeredAt: `${year}-${month}-${day}T10:00:00+01:00`,
        agency: { name: agency.name },
        title,
        ...(requested ? { caseNumber: `SKR ${year}/${String(n).padStart(5, '0')}` } : {}),
      },
    };
  }
}

function applied(status: number): boolean {
  return status === 201 || status === 200;
}

const MAX_FAILURES_SHOWN = 3;
let failuresShown = 0;

/** The first few refusals, so that a failed verdict says why. */
function showFailure(status: number, body: unknown): void {
  if (failuresShown++ >= MAX_FAILURES_SHOWN) return;
  console.log(`  refused (${status}): ${JSON.stringify(body).slice(0, 400)}`);
}

/**
 * Until the service's database sessions are all idle (none running a statement or inside a
 * transaction) twice in a row: a batch commits a chunk at a time, so counting registrations
 * would look still between chunks.
 */
async function settled(service: RunningService): Promise<void> {
  await withDatabase(service.databaseUrl, async (client) => {
    const busy = async () => {
      const { rows } = await client.query<{ busy: number }>(
        `SELECT count(*)::int AS busy FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND backend_type = 'client backend'
            AND state IN ('active', 'idle in transaction')`,
      );
      return rows[0].busy;
    };
    const until = Date.now() + SETTLE_TIMEOUT_MS;
    let quiet = 0;
    while (quiet < 2 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
      quiet = (await busy()) === 0 ? quiet + 1 : 0;
    }
  });
}

function targets(service: RunningService, registrarKey: string): GeneratedTarget[] {
  const source = new RegistrationSource();
  const auth = { authorization: `Bearer ${registrarKey}` };
  const settle = () => settled(service);
  return [
    {
      label: 'GET /health/live',
      baseUrl: service.baseUrl,
      next: () => ({ method: 'GET', path: '/health/live' }),
    },
    {
      label: `POST /api/v1/registrations/batch (${BATCH_SIZE} items)`,
      baseUrl: service.baseUrl,
      unit: 'registrations',
      timeoutSeconds: BATCH_TIMEOUT_SECONDS,
      connections: BATCH_CONNECTIONS,
      settle,
      next: () => ({
        method: 'POST',
        path: '/api/v1/registrations/batch',
        headers: auth,
        body: JSON.stringify({
          items: Array.from({ length: BATCH_SIZE }, () => source.next()),
        }),
      }),
      check: (status, body) => {
        if (status !== 200) {
          showFailure(status, body);
          return { done: 0, failed: BATCH_SIZE };
        }
        const { results } = JSON.parse(body) as { results: { status: number; body: unknown }[] };
        for (const result of results) {
          if (!applied(result.status)) showFailure(result.status, result.body);
        }
        const done = results.filter((result) => applied(result.status)).length;
        return { done, failed: results.length - done };
      },
    },
    {
      label: 'POST /api/v1/registrations',
      baseUrl: service.baseUrl,
      unit: 'registrations',
      next: () => {
        const { idempotencyKey, registration } = source.next();
        return {
          method: 'POST',
          path: '/api/v1/registrations',
          headers: { ...auth, 'idempotency-key': idempotencyKey },
          body: JSON.stringify(registration),
        };
      },
      check: (status, body) => {
        if (applied(status)) return { done: 1, failed: 0 };
        showFailure(status, body);
        return { done: 0, failed: 1 };
      },
      settle,
    },
  ];
}

async function registrarKey(service: RunningService): Promise<string> {
  const response = await fetch(`${service.baseUrl}/api/v1/api-keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${service.apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'benchmark registrar',
      role: 'registrar',
      sourceSystems: ['bench-diarium'],
    }),
  });
  if (response.status !== 201) throw new Error(`POST /api/v1/api-keys answered ${response.status}`);
  return ((await response.json()) as { key: string }).key;
}

function verdicts([health, batch, single]: GeneratedSummary[]): Verdict[] {
  return [
    {
      name: `batches of ${BATCH_SIZE}: ≥ ${TARGET_BATCH_PER_SECOND} registrations/s`,
      passed: batch.unitsPerSecond >= TARGET_BATCH_PER_SECOND,
      detail: `${batch.unitsPerSecond.toFixed(1)} registrations/s (${((batch.unitsPerSecond / health.requestsPerSecond) * 100).toFixed(1)} % of /health/live req/s)`,
    },
    {
      name: `single requests: ≥ ${TARGET_SINGLE_PER_SECOND} registrations/s`,
      passed: single.unitsPerSecond >= TARGET_SINGLE_PER_SECOND,
      detail: `${single.unitsPerSecond.toFixed(1)} req/s (${((single.requestsPerSecond / health.requestsPerSecond) * 100).toFixed(1)} % of /health/live)`,
    },
    {
      name: 'every registration applied (201/200), no errors',
      passed: [batch, single].every((s) => s.unitsFailed === 0 && s.errors === 0),
      detail: [batch, single]
        .map((s) => `${s.label}: ${s.unitsFailed} failed, ${s.errors} errors`)
        .join('; '),
    },
  ];
}

export async function runRegistrations(argv: readonly string[]): Promise<BenchmarkOutcome> {
  const options = benchOptions(argv, DEFAULTS);
  const timer = deadline(BUDGET_SECONDS);
  const startedAt = new Date();
  console.log('\n## Registrations: batches and single requests against GET /health/live\n');
  const service = await startService();
  try {
    const seeded = await withDatabase(service.databaseUrl, (client) =>
      ensureSurveys(client, options.surveys),
    );
    const key = await registrarKey(service);
    const notes = {
      Seeded: seeded
        ? `${seeded.surveys} surveys in ${(seeded.milliseconds / 1000).toFixed(1)} s`
        : `nothing: the database already holds ≥ ${options.surveys} surveys`,
      Requests: `new registrations only (70 % survey_received, 30 % consultation_requested), agencies known, registrar key; batches of ${BATCH_SIZE}`,
    };
    for (const [name, value] of Object.entries(notes)) console.log(`${name}: ${value}`);
    console.log(
      `Load: ${options.connections} connections (batches: ${BATCH_CONNECTIONS}), ${options.warmupSeconds} s warm-up + ` +
        `${options.durationSeconds} s per measurement, ${options.rounds} alternating round(s); loopback only.\n`,
    );
    const before = machineBeforeMeasuring();
    // The split between the service and PostgreSQL is known when the database is embedded
    // (its processes are the service's children).
    const cpu = service.embedded ? () => cpuTimes(service.pid) : undefined;
    const summaries = await alternateGenerated(targets(service, key), { ...options, cpu });
    console.log(`\n${generatedTable(summaries)}\n`);
    const cpuSplit = cpuTable(summaries, before.cpus);
    if (cpuSplit) console.log(`${cpuSplit}\n`);
    const run = { name: NAME, startedAt, before, options, service, notes };
    return await finishRun(run, verdicts(summaries), { summaries });
  } finally {
    await service.stop();
    clearTimeout(timer);
  }
}

if (require.main === module) runScript(runRegistrations);
