import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Comparison, LoadOptions, Summary } from './measure';
import { projectRoot } from './paths';

export interface BenchOptions extends LoadOptions {
  rounds: number;
}

/** Flags shared by the benchmark scripts; the defaults are the conditions. */
export function benchOptions(
  argv: readonly string[],
  defaults: BenchOptions & { surveys: number },
): BenchOptions & { surveys: number } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      duration: { type: 'string' },
      connections: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      surveys: { type: 'string' },
    },
    allowPositionals: false,
  });
  const int = (raw: string | undefined, fallback: number, name: string, min: number) => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be ≥ ${min}`);
    return value;
  };
  return {
    durationSeconds: int(values.duration, defaults.durationSeconds, 'duration', 1),
    connections: int(values.connections, defaults.connections, 'connections', 1),
    warmupSeconds: int(values.warmup, defaults.warmupSeconds, 'warmup', 0),
    rounds: int(values.rounds, defaults.rounds, 'rounds', 1),
    surveys: int(values.surveys, defaults.surveys, 'surveys', 1),
  };
}

function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(2) : '–';
}

function row(summary: Summary, ratio: string): string {
  return `| ${summary.label} | ${summary.requestsPerSecond.toFixed(0)} | ${ms(summary.p50)} | ${ms(summary.p95)} | ${ms(summary.p99)} | ${summary.non2xx} | ${summary.errors} | ${ratio} |`;
}

export function markdownTable(comparison: Comparison): string {
  return [
    '| route | req/s | p50 ms | p95 ms | p99 ms | non-2xx | errors | ratio |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    row(comparison.baseline, '1.00 (baseline)'),
    row(comparison.target, comparison.ratio.toFixed(2)),
  ].join('\n');
}

export interface Verdict {
  name: string;
  passed: boolean;
  detail: string;
}

export function verdictLines(verdicts: readonly Verdict[]): string {
  return verdicts.map((v) => `- ${v.passed ? 'PASS' : 'FAIL'}: ${v.name} (${v.detail})`).join('\n');
}

export function machine() {
  const cores = cpus();
  return {
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cores.length,
    cpuModel: cores[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    // Other work on the machine is the usual reason two runs disagree; keep it on record.
    loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
  };
}

/** Writes bench/results/<name>-<time>.json (git-ignored) and returns its project-relative path. */
export async function writeResults(name: string, results: object): Promise<string> {
  const root = projectRoot();
  const folder = join(root, 'bench', 'results');
  await mkdir(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = join(folder, `${name}-${stamp}.json`);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return relative(root, file);
}

/**
 * A script that overruns its budget is stopped rather than left hammering the machine; the
 * SIGTERM goes through the same shutdown as Ctrl-C, which stops the service under test.
 */
export function deadline(seconds: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    console.error(`The benchmark took longer than ${seconds} s; stopping.`);
    process.kill(process.pid, 'SIGTERM');
  }, seconds * 1000);
  timer.unref();
  return timer;
}
