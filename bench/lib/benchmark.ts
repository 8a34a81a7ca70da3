import { type Comparison, compare, describe, type Measurement, type Target } from './measure';
import { measureAtRate } from './paced';
import { type BenchOptions, benchOptions, deadline, markdownTable, type Verdict } from './report';
import { finishRun, machineBeforeMeasuring } from './run-report';
import { type RunningService, startService } from './service';

/** Each script stops itself after this, whatever hangs: start, seed and runs fit well inside. */
const BUDGET_SECONDS = 175;

export interface Prepared {
  baseline: Target;
  target: Target;
  /** Facts about the run for the output and the JSON, e.g. what was seeded. */
  notes: Record<string, unknown>;
  /** Stops what prepare started besides the service (e.g. a second service), after the run. */
  stop?(): Promise<void>;
}

export interface BenchmarkDefinition {
  name: string;
  title: string;
  defaults: BenchOptions & { surveys: number };
  /** Extra service environment the benchmark needs. */
  env?: Record<string, string>;
  prepare(service: RunningService, options: BenchOptions & { surveys: number }): Promise<Prepared>;
  /**
   * Also measure the target's latency at this many requests per second in all (an open load
   * below saturation): at full load, latency only tells how long the queue is.
   */
  latencyAtRate?: number;
  verdicts(comparison: Comparison, prepared: Prepared, atRate: Measurement | null): Verdict[];
}

export interface BenchmarkOutcome {
  name: string;
  passed: boolean;
  resultsFile: string;
}

/**
 * Starts the service, lets the benchmark seed and pick its requests, alternates baseline and
 * target, prints a markdown table with the verdicts and writes the JSON results.
 */
export async function runBenchmark(
  definition: BenchmarkDefinition,
  argv: readonly string[],
): Promise<BenchmarkOutcome> {
  const options = benchOptions(argv, definition.defaults);
  const timer = deadline(BUDGET_SECONDS);
  const startedAt = new Date();
  console.log(`\n## ${definition.title}\n`);
  const service = await startService({ env: definition.env });
  let stopPrepared: (() => Promise<void>) | undefined;
  try {
    const settings = Object.entries(service.settings).map(([key, value]) => `${key}=${value}`);
    console.log(`Service: node dist/src/main.js on ${service.baseUrl}; ${settings.join(', ')}`);
    const prepared = await definition.prepare(service, options);
    stopPrepared = prepared.stop;
    for (const [key, value] of Object.entries(prepared.notes)) {
      console.log(`${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
    }
    console.log(
      `Load: ${options.connections} connections, ${options.warmupSeconds} s warm-up + ` +
        `${options.durationSeconds} s per measurement, ${options.rounds} alternating round(s) ` +
        `(baseline, target, …), medians reported; loopback only.\n`,
    );
    const before = machineBeforeMeasuring();
    const comparison = await compare(prepared.baseline, prepared.target, options);
    const rate = definition.latencyAtRate;
    let atRate: Measurement | null = null;
    if (rate) {
      for (const subject of [prepared.baseline, prepared.target]) {
        const measured = await measureAtRate(subject, rate, options.durationSeconds);
        console.log(`  at ${rate} req/s evenly spaced, ${subject.label}: ${describe(measured)}`);
        if (subject === prepared.target) atRate = measured;
      }
    }
    const verdicts = definition.verdicts(comparison, prepared, atRate);
    console.log(`\n${markdownTable(comparison)}\n`);
    const run = {
      name: definition.name,
      startedAt,
      before,
      options,
      service,
      notes: prepared.notes,
    };
    return await finishRun(run, verdicts, {
      baseline: { label: prepared.baseline.label, paths: prepared.baseline.paths.length },
      target: { label: prepared.target.label, paths: prepared.target.paths.length },
      comparison,
      latencyAtRate: atRate && { requestsPerSecondOffered: definition.latencyAtRate, ...atRate },
    });
  } finally {
    await stopPrepared?.();
    await service.stop();
    clearTimeout(timer);
  }
}

/** For a script run on its own: exit 1 when a target is missed, 2 when it could not run. */
export function runAsScript(definition: BenchmarkDefinition): void {
  runScript((argv) => runBenchmark(definition, argv));
}

/** The same for a script that measures in its own way (several targets, no autocannon). */
export function runScript(run: (argv: readonly string[]) => Promise<BenchmarkOutcome>): void {
  run(process.argv.slice(2)).then(
    (outcome) => process.exit(outcome.passed ? 0 : 1),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(2);
    },
  );
}
