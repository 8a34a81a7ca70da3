import { loadConfig } from '../src/config/app-config';
import type { Comparison, Measurement } from './lib/measure';
import {
  type BenchmarkDefinition,
  type BenchmarkOutcome,
  type Prepared,
  runBenchmark,
} from './lib/benchmark';
import { Random } from './lib/random';
import type { BenchOptions, Verdict } from './lib/report';
import { ensureSurveys, SEED_YEARS, type SeedSummary, withDatabase } from './lib/seed';
import type { RunningService } from './lib/service';

const REPORT_TARGET_P95_MS = 100;
const LEDGER_TARGET_P95_MS = 30;
const LEDGER_MUNICIPALITIES = 12;
/**
 * Latency is judged at this many requests per second, evenly spaced: a few people reading
 * reports at once, well below what the service can answer. At full load a closed loop's latency
 * is ≈ connections ÷ throughput, the queue rather than the report, so that p95 is printed but
 * not judged.
 */
const LATENCY_RATE = 4;

/**
 * Both burden routes send hundreds of kilobytes (a ledger has over a thousand rows) and keep
 * PostgreSQL busy for tens of milliseconds, so 4 connections already saturate two cores: more
 * would only lengthen the queue.
 */
const DEFAULTS = {
  surveys: 20_000,
  connections: 4,
  durationSeconds: 10,
  warmupSeconds: 3,
  rounds: 2,
};

interface Seeded {
  seeded: SeedSummary | null;
  municipalities: string[];
}

async function seed(service: RunningService, options: { surveys: number }): Promise<Seeded> {
  return withDatabase(service.databaseUrl, async (client) => {
    const seeded = await ensureSurveys(client, options.surveys);
    // The same municipalities every run, so that runs compare.
    const { rows } = await client.query<{ code: string }>(
      `SELECT code FROM local_authorities WHERE kind = 'municipality' ORDER BY code`,
    );
    const codes = new Random(2080).sample(
      rows.map((row) => row.code),
      LEDGER_MUNICIPALITIES,
    );
    return { seeded, municipalities: codes };
  });
}

function seededNote(seeded: SeedSummary | null, surveys: number): string {
  return seeded
    ? `${seeded.surveys} surveys (${seeded.consultations} consultations, ${seeded.rounds} rounds) in ${(seeded.milliseconds / 1000).toFixed(1)} s`
    : `nothing: the database already holds ≥ ${surveys} surveys`;
}

/** The first path must answer 200, or measuring it would only measure errors. */
async function probe(service: RunningService, path: string): Promise<number> {
  const response = await fetch(`${service.baseUrl}${path}`, {
    headers: { authorization: `Bearer ${service.apiKey}` },
  });
  const body = await response.arrayBuffer();
  if (response.status !== 200) {
    throw new Error(
      `GET ${path} answered ${response.status}: ${Buffer.from(body).toString('utf8', 0, 300)}`,
    );
  }
  return body.byteLength;
}

async function prepared(
  service: RunningService,
  options: BenchOptions & { surveys: number },
  label: string,
  paths: (municipalities: string[]) => string[],
  describe: string,
): Promise<Prepared> {
  const { seeded, municipalities } = await seed(service, options);
  const targetPaths = new Random(7).shuffle(paths(municipalities));
  const bytes = await probe(service, targetPaths[0]);
  return {
    baseline: { label: 'GET /health/live', baseUrl: service.baseUrl, paths: ['/health/live'] },
    target: {
      label,
      baseUrl: service.baseUrl,
      paths: targetPaths,
      headers: { authorization: `Bearer ${service.apiKey}` },
    },
    notes: {
      Seeded: seededNote(seeded, options.surveys),
      Requests: `${targetPaths.length} in rotation: ${describe}; the first answered ${(bytes / 1024).toFixed(0)} kB`,
    },
  };
}

function verdicts(
  route: string,
  targetMs: number,
  comparison: Comparison,
  atRate: Measurement | null,
): Verdict[] {
  const p95 = atRate?.p95 ?? Number.NaN;
  const target = comparison.target;
  const non2xx = target.non2xx + (atRate?.non2xx ?? 0);
  const errors = target.errors + (atRate?.errors ?? 0);
  return [
    {
      name: `${route} p95 < ${targetMs} ms at ${LATENCY_RATE} req/s`,
      passed: p95 < targetMs,
      detail: `${p95.toFixed(2)} ms (p50 ${(atRate?.p50 ?? Number.NaN).toFixed(2)} ms)`,
    },
    {
      name: `every ${route} request answered 2xx`,
      passed: non2xx === 0 && errors === 0,
      detail: `${non2xx} non-2xx, ${errors} errors`,
    },
  ];
}

/**
 * Issue 6, target 1: the burden per municipality and region for one year,
 * GET /api/v1/burden?groupBy=local_authority&from=…&to=…, over 20 000 surveys of ten years:
 * p95 under 100 ms. Each seeded year in turn.
 */
export const burdenReport: BenchmarkDefinition = {
  name: 'burden-report',
  title:
    'Burden per municipality and region for a year: GET /api/v1/burden?groupBy=local_authority',
  defaults: DEFAULTS,
  latencyAtRate: LATENCY_RATE,
  prepare: (service, options) =>
    prepared(
      service,
      options,
      'GET /api/v1/burden?groupBy=local_authority&from=…&to=…',
      () =>
        SEED_YEARS.map(
          (year) =>
            `/api/v1/burden?groupBy=local_authority&from=${year}-01-01&to=${year + 1}-01-01`,
        ),
      `the years ${SEED_YEARS[0]}–${SEED_YEARS[SEED_YEARS.length - 1]}`,
    ),
  verdicts: (comparison, _prepared, atRate) =>
    verdicts('burden report', REPORT_TARGET_P95_MS, comparison, atRate),
};

/** The ledger cache's size as the service reads it from the environment the benchmark passes on. */
function ledgerCacheEntries(): number {
  return loadConfig({ LEDGER_CACHE_ENTRIES: process.env.LEDGER_CACHE_ENTRIES }).ledgerCacheEntries;
}

/**
 * Issue 6, target 2: one municipality's ledger for a year,
 * GET /api/v1/local-authorities/{code}/burden?year=…, over the same data: p95 under 30 ms.
 * A dozen municipalities, each seeded year: every ledger lists a thousand surveys or more.
 *
 * The service keeps ledgers in memory until the data behind them changes (nothing changes
 * during a run), so with the cache on, the warm-up and the full-load rounds read each of the
 * 120 ledgers from PostgreSQL once and the paced requests that are judged all come from memory:
 * the warm figure. `burden-ledger-uncached` runs the same requests with LEDGER_CACHE_ENTRIES=0,
 * every one reading PostgreSQL: the cold figure, what the first read of a ledger after a change
 * costs. It is shown for comparison and only its answers are judged.
 */
function ledgerBenchmark(cache: 'on' | 'off'): BenchmarkDefinition {
  const route = 'GET /api/v1/local-authorities/{code}/burden?year=…';
  return {
    name: cache === 'on' ? 'burden-ledger' : 'burden-ledger-uncached',
    title:
      cache === 'on'
        ? `A municipality's yearly ledger, warm (from the ledger cache after each ledger's first read): ${route}`
        : `A municipality's yearly ledger, cold (LEDGER_CACHE_ENTRIES=0: every request reads PostgreSQL): ${route}`,
    defaults: DEFAULTS,
    env: cache === 'off' ? { LEDGER_CACHE_ENTRIES: '0' } : {},
    latencyAtRate: LATENCY_RATE,
    prepare: async (service, options) => {
      const ready = await prepared(
        service,
        options,
        `${route} (${cache === 'on' ? 'warm' : 'cold'})`,
        (municipalities) =>
          municipalities.flatMap((code) =>
            SEED_YEARS.map((year) => `/api/v1/local-authorities/${code}/burden?year=${year}`),
          ),
        `${LEDGER_MUNICIPALITIES} municipalities × the years ${SEED_YEARS[0]}–${SEED_YEARS[SEED_YEARS.length - 1]}`,
      );
      ready.notes.Cache =
        cache === 'on'
          ? `on, LEDGER_CACHE_ENTRIES=${ledgerCacheEntries()}: each ledger read from PostgreSQL once, then from memory`
          : 'off (LEDGER_CACHE_ENTRIES=0): every request reads PostgreSQL';
      return ready;
    },
    verdicts: (comparison, _prepared, atRate) => {
      const judged = verdicts('ledger', LEDGER_TARGET_P95_MS, comparison, atRate);
      return cache === 'on' ? judged : judged.slice(1);
    },
  };
}

export const burdenLedger = ledgerBenchmark('on');
export const burdenLedgerUncached = ledgerBenchmark('off');

export const BURDEN_BENCHMARKS = [burdenReport, burdenLedger, burdenLedgerUncached] as const;

/** All three, one after the other, each on its own fresh service. */
export async function runBurden(argv: readonly string[]): Promise<BenchmarkOutcome[]> {
  const outcomes: BenchmarkOutcome[] = [];
  for (const definition of BURDEN_BENCHMARKS) outcomes.push(await runBenchmark(definition, argv));
  return outcomes;
}

if (require.main === module) {
  runBurden(process.argv.slice(2)).then(
    (outcomes) => process.exit(outcomes.every((outcome) => outcome.passed) ? 0 : 1),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
