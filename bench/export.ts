import { type BenchmarkOutcome, runScript } from './lib/benchmark';
import { describe, measure } from './lib/measure';
import { processMemory, resetPeakRss, sampleRss } from './lib/process-memory';
import { benchOptions, deadline, type Verdict } from './lib/report';
import { ensureSurveys, surveyCount, withDatabase } from './lib/seed';
import { type RunningService, startService } from './lib/service';
import { finishRun, machineBeforeMeasuring } from './lib/run-report';

const NAME = 'export';
const BUDGET_SECONDS = 175;
const TARGET_SECONDS = 3;
const TARGET_RSS_MB = 300;
const EXPORT_PATH = '/api/v1/surveys/export?format=csv';
/** `--rounds`: how many exports are timed, after one untimed warm-up export. */
const DEFAULTS = {
  surveys: 20_000,
  connections: 10,
  durationSeconds: 5,
  warmupSeconds: 2,
  rounds: 3,
};

interface ExportRun {
  seconds: number;
  status: number;
  contentType: string;
  megabytes: number;
  /** CRLF lines, the header line included. */
  lines: number;
  /** Highest RSS of the service seen while this export ran (sampled every 20 ms), in MB. */
  peakRssMb: number;
}

/** Downloads the whole file, counting bytes and lines as they arrive rather than keeping them. */
async function timedExport(service: RunningService): Promise<ExportRun> {
  const sampler = sampleRss(service.pid);
  const started = performance.now();
  const response = await fetch(`${service.baseUrl}${EXPORT_PATH}`, {
    headers: { authorization: `Bearer ${service.apiKey}` },
  });
  let bytes = 0;
  let lines = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      bytes += chunk.byteLength;
      for (const byte of chunk) if (byte === 0x0a) lines += 1;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    megabytes: bytes / 2 ** 20,
    lines,
    peakRssMb: sampler.stop(),
  };
}

function table(runs: readonly ExportRun[]): string {
  return [
    '| export | seconds | MB | lines | peak RSS MB (sampled) |',
    '|---|---:|---:|---:|---:|',
    ...runs.map(
      (run, i) =>
        `| ${i + 1} | ${run.seconds.toFixed(2)} | ${run.megabytes.toFixed(1)} | ${run.lines} | ${run.peakRssMb.toFixed(0)} |`,
    ),
  ].join('\n');
}

function verdicts(
  runs: readonly ExportRun[],
  surveys: number,
  peakRssMb: number,
  peakReset: boolean,
): Verdict[] {
  const slowest = Math.max(...runs.map((run) => run.seconds));
  const incomplete = runs.filter(
    (run) =>
      run.status !== 200 || !run.contentType.startsWith('text/csv') || run.lines !== surveys + 1,
  );
  return [
    {
      name: `every CSV export of all ${surveys} surveys < ${TARGET_SECONDS} s`,
      passed: slowest < TARGET_SECONDS,
      detail: `slowest ${slowest.toFixed(2)} s of ${runs.length}`,
    },
    {
      name: `service RSS < ${TARGET_RSS_MB} MB`,
      passed: peakRssMb < TARGET_RSS_MB,
      detail: `peak ${peakRssMb.toFixed(0)} MB (VmHWM, ${peakReset ? 'during the exports' : 'since the service started'})`,
    },
    {
      name: 'every export whole: 200, text/csv, a line per survey and the header',
      passed: incomplete.length === 0,
      detail: `${incomplete.length} of ${runs.length} not`,
    },
  ];
}

/**
 * Issue 6, target 3: a CSV export of all 20 000 surveys (GET /api/v1/surveys/export?format=csv)
 * takes under 3 s, and the service's memory stays under 300 MB while it streams. The RSS is the
 * kernel's own peak for the service process (VmHWM, restarted just before the first export),
 * which no sampling can miss; the peak seen during each export is printed too. GET /health/live
 * is measured in the same run, after the exports, to show how fast the machine was.
 */
export async function runExport(argv: readonly string[]): Promise<BenchmarkOutcome> {
  const options = benchOptions(argv, DEFAULTS);
  const timer = deadline(BUDGET_SECONDS);
  const startedAt = new Date();
  console.log('\n## CSV export of every survey: time and the service’s memory\n');
  const service = await startService();
  try {
    const { seeded, surveys } = await withDatabase(service.databaseUrl, async (client) => ({
      seeded: await ensureSurveys(client, options.surveys),
      surveys: await surveyCount(client),
    }));
    const notes = {
      Seeded: seeded
        ? `${seeded.surveys} surveys in ${(seeded.milliseconds / 1000).toFixed(1)} s`
        : `nothing: the database already holds ≥ ${options.surveys} surveys`,
      'Surveys in the database': surveys,
      Requests: `GET ${EXPORT_PATH}: one untimed warm-up, then ${options.rounds} timed, one at a time`,
    };
    for (const [name, value] of Object.entries(notes)) console.log(`${name}: ${value}`);
    const before = machineBeforeMeasuring();
    const rssBefore = processMemory(service.pid).rssMb;
    const peakReset = resetPeakRss(service.pid);
    await timedExport(service);
    const runs: ExportRun[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      const run = await timedExport(service);
      runs.push(run);
      console.log(
        `  export ${round}/${options.rounds}: ${run.seconds.toFixed(2)} s, ${run.megabytes.toFixed(1)} MB, peak RSS ${run.peakRssMb.toFixed(0)} MB`,
      );
    }
    const memory = processMemory(service.pid);
    // Only now: the garbage of thousands of requests would still take memory during the exports.
    const baseline = await measure(
      { label: 'GET /health/live', baseUrl: service.baseUrl, paths: ['/health/live'] },
      options,
    );
    console.log(`  GET /health/live, ${options.connections} connections: ${describe(baseline)}`);
    console.log(`\n${table(runs)}\n`);
    console.log(
      `Service RSS: ${rssBefore.toFixed(0)} MB before the exports, ${memory.rssMb.toFixed(0)} MB after, peak ${memory.peakRssMb.toFixed(0)} MB.\n`,
    );
    const run = { name: NAME, startedAt, before, options, service, notes };
    return await finishRun(run, verdicts(runs, surveys, memory.peakRssMb, peakReset), {
      baseline,
      exports: runs,
      memory: { rssBeforeMb: rssBefore, ...memory },
    });
  } finally {
    await service.stop();
    clearTimeout(timer);
  }
}

if (require.main === module) runScript(runExport);
