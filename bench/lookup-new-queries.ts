import { type BenchmarkOutcome, runScript } from './lib/benchmark';
import {
  alternateGenerated,
  cpuTable,
  type GeneratedSummary,
  type GeneratedTarget,
  generatedTable,
} from './lib/generated-load';
import { describe, type Measurement } from './lib/measure';
import { measureAtRate } from './lib/paced';
import { cpuTimes } from './lib/process-cpu';
import { Random } from './lib/random';
import { benchOptions, deadline, type Verdict } from './lib/report';
import { finishRun, machineBeforeMeasuring } from './lib/run-report';
import { ensureSurveys, withDatabase } from './lib/seed';
import { type RunningService, startService } from './lib/service';

const NAME = 'lookup-new-queries';
const BUDGET_SECONDS = 175;
const TARGET_P975_MS = 20;
const TARGET_RATIO = 0.4;
/** Requests per second at which latency is judged: far above a real public load. */
const LATENCY_RATE = 100;
/** Queries asked before measuring, to describe what the answers hold. */
const SAMPLE_QUERIES = 200;

/**
 * Defaults as in the lookup benchmark: 10 connections saturate one Node process on two cores
 * (shared with PostgreSQL and autocannon).
 */
const DEFAULTS = {
  surveys: 20_000,
  connections: 10,
  durationSeconds: 10,
  warmupSeconds: 3,
  rounds: 2,
};

/** What a survey is about, in one word, as a social services chief would type it. */
const SUBJECTS = [
  'hemtjänst',
  'äldreomsorg',
  'hemlöshet',
  'missbruk',
  'familjehem',
  'försörjningsstöd',
  'barnahus',
  'anhörigstöd',
  'korttidsboende',
  'trygghetsboende',
  'skolfrånvaro',
  'elevhälsa',
  'krisberedskap',
  'vaccinationer',
  'suicidprevention',
  'spelberoende',
  'hemsjukvård',
  'bostadsanpassning',
  'välfärdsteknik',
  'kompetensförsörjning',
];
const LEADS = ['Enkät om', 'Kartläggning av', 'Uppföljning av', 'Frågor om', 'Lägesbild:'];
const HIGHEST_NUMBER = 9_999;

/** "Enkät om hemtjänst 123": a subject and a number, so that most queries find one survey or none. */
function seededTitle(random: Random): string {
  return `${random.pick(LEADS)} ${random.pick(SUBJECTS)} ${random.int(1, HIGHEST_NUMBER)}`;
}

/**
 * "hemtjänst 4711 9": a subject, a number and a digit (a short word, left out unless it names
 * an agency), each query different from every other of the run, so that none is answered from
 * the lookup's cache.
 */
class NewQueries {
  private readonly random = new Random(4_711);
  private readonly asked = new Set<string>();

  get count(): number {
    return this.asked.size;
  }

  next(): string {
    for (;;) {
      const r = this.random;
      const query = `${r.pick(SUBJECTS)} ${r.int(1, HIGHEST_NUMBER)} ${r.int(0, 9)}`;
      if (this.asked.has(query)) continue;
      this.asked.add(query);
      return query;
    }
  }

  path(): string {
    return `/api/v1/lookup?q=${encodeURIComponent(this.next())}`;
  }
}

interface LookupAnswer {
  total: number;
  items: unknown[];
}

/** What the answers hold, from a sample of new queries asked one at a time before measuring. */
async function sampleAnswers(service: RunningService, queries: NewQueries): Promise<string> {
  let found = 0;
  let items = 0;
  let total = 0;
  for (let i = 0; i < SAMPLE_QUERIES; i++) {
    const response = await fetch(`${service.baseUrl}${queries.path()}`);
    const body = await response.text();
    if (response.status !== 200) {
      throw new Error(`GET /api/v1/lookup answered ${response.status}: ${body.slice(0, 300)}`);
    }
    const answer = JSON.parse(body) as LookupAnswer;
    if (answer.total > 0) found += 1;
    items += answer.items.length;
    total += answer.total;
  }
  return (
    `${((found / SAMPLE_QUERIES) * 100).toFixed(0)} % of ${SAMPLE_QUERIES} sample queries find ` +
    `something; on average ${(total / SAMPLE_QUERIES).toFixed(1)} matches and ` +
    `${(items / SAMPLE_QUERIES).toFixed(1)} items per answer`
  );
}

function verdicts(
  [health, lookup]: GeneratedSummary[],
  atRate: Measurement,
  queries: NewQueries,
): Verdict[] {
  const ratio = lookup.requestsPerSecond / health.requestsPerSecond;
  return [
    {
      name: `new queries: p97.5 < ${TARGET_P975_MS} ms at ${LATENCY_RATE} req/s`,
      passed: atRate.p975 < TARGET_P975_MS,
      detail: `p50 ${atRate.p50.toFixed(2)} ms, p97.5 ${atRate.p975.toFixed(2)} ms, p99 ${atRate.p99.toFixed(2)} ms`,
    },
    {
      name: `new queries ≥ ${TARGET_RATIO * 100} % of /health/live throughput`,
      passed: ratio >= TARGET_RATIO,
      detail: `${lookup.requestsPerSecond.toFixed(0)} req/s, ${(ratio * 100).toFixed(1)} %`,
    },
    {
      name: 'every lookup request answered 2xx',
      passed:
        lookup.non2xx === 0 && lookup.errors === 0 && atRate.non2xx === 0 && atRate.errors === 0,
      detail: `${lookup.non2xx + atRate.non2xx} non-2xx, ${lookup.errors + atRate.errors} errors; ${queries.count} distinct queries asked`,
    },
  ];
}

/**
 * Issue target: the first look of a query, which the lookup cannot answer from its cache (on,
 * but never hit), answers with p97.5 under 20 ms at 100 requests per second evenly spaced, and
 * reaches at least 40 % of the throughput of GET /health/live at full load.
 */
export async function runLookupNewQueries(argv: readonly string[]): Promise<BenchmarkOutcome> {
  const options = benchOptions(argv, DEFAULTS);
  const timer = deadline(BUDGET_SECONDS);
  const startedAt = new Date();
  console.log(
    '\n## Public lookup, every query new: GET /api/v1/lookup?q=… against GET /health/live\n',
  );
  // The limit is per client IP and every benchmark request comes from 127.0.0.1.
  const service = await startService({ env: { LOOKUP_RATE_LIMIT_PER_MINUTE: '1000000' } });
  try {
    const seeded = await withDatabase(service.databaseUrl, (client) =>
      ensureSurveys(client, options.surveys, { title: seededTitle }),
    );
    const queries = new NewQueries();
    const notes = {
      Seeded: seeded
        ? `${seeded.surveys} surveys titled like "Enkät om hemtjänst 123" (${seeded.consultations} consultations, ${seeded.flags} flags) in ${(seeded.milliseconds / 1000).toFixed(1)} s`
        : `nothing: the database already holds ≥ ${options.surveys} surveys (titles as they are)`,
      Queries: `like "hemtjänst 4711 9", each asked once; ${await sampleAnswers(service, queries)}`,
    };
    for (const [name, value] of Object.entries(notes)) console.log(`${name}: ${value}`);
    console.log(
      `Load: ${options.connections} connections, ${options.warmupSeconds} s warm-up + ` +
        `${options.durationSeconds} s per measurement, ${options.rounds} alternating round(s), ` +
        `then ${LATENCY_RATE} req/s evenly spaced; loopback only.\n`,
    );
    const before = machineBeforeMeasuring();
    const health = { label: 'GET /health/live', baseUrl: service.baseUrl };
    const lookup: GeneratedTarget = {
      label: 'GET /api/v1/lookup?q=… (new)',
      baseUrl: service.baseUrl,
      next: () => ({ method: 'GET', path: queries.path() }),
    };
    const cpu = service.embedded ? () => cpuTimes(service.pid) : undefined;
    const summaries = await alternateGenerated(
      [{ ...health, next: () => ({ method: 'GET', path: '/health/live' }) }, lookup],
      { ...options, cpu },
    );
    const healthAtRate = await measureAtRate(
      { ...health, paths: ['/health/live'] },
      LATENCY_RATE,
      options.durationSeconds,
    );
    console.log(
      `  at ${LATENCY_RATE} req/s evenly spaced, ${health.label}: ${describe(healthAtRate)}`,
    );
    const paced = Array.from({ length: LATENCY_RATE * options.durationSeconds }, () =>
      queries.path(),
    );
    const atRate = await measureAtRate(
      { label: lookup.label, baseUrl: service.baseUrl, paths: paced },
      LATENCY_RATE,
      options.durationSeconds,
    );
    console.log(`  at ${LATENCY_RATE} req/s evenly spaced, ${lookup.label}: ${describe(atRate)}`);
    console.log(`\n${generatedTable(summaries)}\n`);
    const cpuSplit = cpuTable(summaries, before.cpus);
    if (cpuSplit) console.log(`${cpuSplit}\n`);
    const run = { name: NAME, startedAt, before, options, service, notes };
    return await finishRun(run, verdicts(summaries, atRate, queries), {
      summaries,
      latencyAtRate: {
        requestsPerSecondOffered: LATENCY_RATE,
        baseline: healthAtRate,
        target: atRate,
      },
      distinctQueries: queries.count,
    });
  } finally {
    await service.stop();
    clearTimeout(timer);
  }
}

if (require.main === module) runScript(runLookupNewQueries);
