import type { BenchmarkOutcome } from './benchmark';
import { machine, type Verdict, verdictLines, writeResults } from './report';
import type { RunningService } from './service';

type Machine = ReturnType<typeof machine>;

/** What every benchmark's results file records about how it ran. */
export interface RunRecord {
  name: string;
  startedAt: Date;
  /** The machine as measuring began (machineBeforeMeasuring). */
  before: Machine;
  options: object;
  service: RunningService;
  /** Facts about the run for the output and the JSON, e.g. what was seeded. */
  notes: Record<string, unknown>;
}

/** The machine as measuring begins, printed, with a warning when other work keeps it busy. */
export function machineBeforeMeasuring(): Machine {
  const before = machine();
  console.log(
    `Machine: ${before.cpus} × ${before.cpuModel}, Node ${before.node}, load average ${before.loadAverage1m} before measuring`,
  );
  if (before.loadAverage1m > before.cpus) {
    console.log(
      'WARNING: the machine is busy with other work; absolute figures will be low and noisy, ratios less so.',
    );
  }
  return before;
}

/**
 * The end of a run, once it has measured: the load after, the verdicts, and the results file
 * with the run's record and `figures` (what this benchmark measured).
 */
export async function finishRun(
  run: RunRecord,
  verdicts: readonly Verdict[],
  figures: Record<string, unknown>,
): Promise<BenchmarkOutcome> {
  const after = machine();
  const passed = verdicts.every((v) => v.passed);
  console.log(`${verdictLines(verdicts)}\n`);
  console.log(`Load average ${after.loadAverage1m} after measuring.`);
  const resultsFile = await writeResults(run.name, {
    benchmark: run.name,
    startedAt: run.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: { ...run.before, loadAverage1mAfter: after.loadAverage1m },
    options: run.options,
    service: run.service.settings,
    notes: run.notes,
    ...figures,
    verdicts,
    passed,
  });
  console.log(`${passed ? 'PASS' : 'FAIL'} — results in ${resultsFile}`);
  return { name: run.name, passed, resultsFile };
}
