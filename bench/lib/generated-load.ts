import autocannon from 'autocannon';
import { type Measurement, median } from './measure';
import type { CpuTimes } from './process-cpu';

/**
 * Load whose every request is new: a POST with a fresh body and Idempotency-Key, where the
 * fixed paths of `measure.ts` would replay one request. autocannon still drives the
 * connections (closed loop, one request in flight per connection); `next()` builds each
 * request just before it is sent.
 */
export interface GeneratedRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface GeneratedTarget {
  /** Shown in the table, e.g. "POST /api/v1/registrations". */
  label: string;
  baseUrl: string;
  next(): GeneratedRequest;
  /**
   * What one answer achieved, in the target's unit (registrations for a batch): `done` units
   * applied, `failed` units refused. Without it a 2xx counts one unit done.
   */
  check?(status: number, body: string): { done: number; failed: number };
  /** Unit of `done`, e.g. "registrations"; default "requests". */
  unit?: string;
  /** Seconds before an unanswered request counts as a timeout; default 10. */
  timeoutSeconds?: number;
  /** Connections for this target when not the run's (long requests need fewer). */
  connections?: number;
  /**
   * Waits until the service has finished what the run left under way: autocannon stops at
   * the deadline without waiting for answers, and the service goes on applying them.
   */
  settle?(): Promise<void>;
}

export interface GeneratedMeasurement extends Measurement {
  /** Units done per second (a batch of 100 applied: 100). */
  unitsPerSecond: number;
  unitsDone: number;
  unitsFailed: number;
  /** CPU time per unit done, in ms, when the run was given a `cpu` reading. */
  cpuMsPerUnit?: CpuTimes;
}

export interface GeneratedSummary {
  label: string;
  unit: string;
  /** Medians over the runs; failures are totals. */
  requestsPerSecond: number;
  unitsPerSecond: number;
  p50: number;
  p95: number;
  p975: number;
  p99: number;
  non2xx: number;
  errors: number;
  unitsFailed: number;
  /** Medians, when measured. */
  cpuMsPerUnit?: CpuTimes;
  runs: GeneratedMeasurement[];
}

export interface GeneratedLoadOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /**
   * The CPU time used so far by the service and its database (process-cpu.ts), read before a
   * measurement and after it has settled: what the requests of the measurement cost, plus the
   * few still under way at its end.
   */
  cpu?: () => CpuTimes;
}

/** autocannon's `onResponse` (README "API"), which the shared type declarations leave out. */
interface RequestWithCheck extends autocannon.Request {
  onResponse(status: number, body: string): void;
}

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

function run(target: GeneratedTarget, connections: number, durationSeconds: number) {
  const first = target.next();
  const counted = { done: 0, failed: 0 };
  const requests: RequestWithCheck[] = [
    {
      setupRequest: (request) => {
        const next = target.next();
        return { ...request, ...next, headers: { ...request.headers, ...next.headers } };
      },
      onResponse: (status, body) => {
        const outcome = target.check
          ? target.check(status, body)
          : status >= 200 && status < 300
            ? { done: 1, failed: 0 }
            : { done: 0, failed: 1 };
        counted.done += outcome.done;
        counted.failed += outcome.failed;
      },
    },
  ];
  const latencies: number[] = [];
  return new Promise<{ result: autocannon.Result; latencies: number[]; counted: typeof counted }>(
    (resolve, reject) => {
      const instance = autocannon(
        {
          url: `${target.baseUrl}${first.path}`,
          method: first.method,
          connections,
          duration: durationSeconds,
          timeout: target.timeoutSeconds ?? 10,
          headers: { 'content-type': 'application/json', ...first.headers },
          requests,
        },
        (error, result) => (error ? reject(error) : resolve({ result, latencies, counted })),
      );
      instance.on('response', (_client, _status, _bytes, responseTime) => {
        latencies.push(responseTime);
      });
    },
  );
}

/** One measurement after a warm-up run of the same kind of requests. */
export async function measureGenerated(
  target: GeneratedTarget,
  options: GeneratedLoadOptions,
): Promise<GeneratedMeasurement> {
  const connections = target.connections ?? options.connections;
  if (options.warmupSeconds > 0) {
    await run(target, connections, options.warmupSeconds);
    await target.settle?.();
  }
  const cpuBefore = options.cpu?.();
  const { result, latencies, counted } = await run(target, connections, options.durationSeconds);
  await target.settle?.();
  const cpuAfter = options.cpu?.();
  const sorted = Float64Array.from(latencies).sort();
  return {
    ...(cpuBefore && cpuAfter && counted.done > 0
      ? {
          cpuMsPerUnit: {
            service: (cpuAfter.service - cpuBefore.service) / counted.done,
            database: (cpuAfter.database - cpuBefore.database) / counted.done,
          },
        }
      : {}),
    requestsPerSecond: result.requests.total / result.duration,
    unitsPerSecond: counted.done / result.duration,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p975: percentile(sorted, 0.975),
    p99: percentile(sorted, 0.99),
    non2xx: result.non2xx,
    errors: result.errors,
    requests: result.requests.total,
    unitsDone: counted.done,
    unitsFailed: counted.failed,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
    ),
  };
}

export function summariseGenerated(
  target: GeneratedTarget,
  runs: GeneratedMeasurement[],
): GeneratedSummary {
  return {
    label: target.label,
    unit: target.unit ?? 'requests',
    requestsPerSecond: median(runs.map((m) => m.requestsPerSecond)),
    unitsPerSecond: median(runs.map((m) => m.unitsPerSecond)),
    p50: median(runs.map((m) => m.p50)),
    p95: median(runs.map((m) => m.p95)),
    p975: median(runs.map((m) => m.p975)),
    p99: median(runs.map((m) => m.p99)),
    non2xx: runs.reduce((sum, m) => sum + m.non2xx, 0),
    errors: runs.reduce((sum, m) => sum + m.errors, 0),
    unitsFailed: runs.reduce((sum, m) => sum + m.unitsFailed, 0),
    ...(runs.every((m) => m.cpuMsPerUnit)
      ? {
          cpuMsPerUnit: {
            service: median(runs.map((m) => m.cpuMsPerUnit!.service)),
            database: median(runs.map((m) => m.cpuMsPerUnit!.database)),
          },
        }
      : {}),
    runs,
  };
}

export function describeGenerated(m: GeneratedMeasurement, unit: string): string {
  const cpu = m.cpuMsPerUnit
    ? `, CPU per unit: service ${m.cpuMsPerUnit.service.toFixed(2)} ms, ` +
      `PostgreSQL ${m.cpuMsPerUnit.database.toFixed(2)} ms`
    : '';
  return (
    `${m.requestsPerSecond.toFixed(1)} req/s, ${m.unitsPerSecond.toFixed(1)} ${unit}/s, ` +
    `p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms, p97.5 ${m.p975.toFixed(1)} ms, ` +
    `non-2xx ${m.non2xx}, ` +
    `errors ${m.errors}, failed ${unit} ${m.unitsFailed}${cpu}`
  );
}

/**
 * Where the time of a unit goes, for the targets measured with a `cpu` reading: CPU ms per
 * unit in the service and in PostgreSQL, and how many units per second the machine's cores
 * could do at that cost if nothing else ran and all of them were busy.
 */
export function cpuTable(summaries: readonly GeneratedSummary[], cores: number): string {
  const measured = summaries.filter((s) => s.cpuMsPerUnit);
  if (measured.length === 0) return '';
  return [
    `| route | service CPU ms/unit | PostgreSQL CPU ms/unit | units/s if ${cores} cores were busy |`,
    '|---|---:|---:|---:|',
    ...measured.map(({ label, unit, cpuMsPerUnit }) => {
      const { service, database } = cpuMsPerUnit!;
      const ceiling = (cores * 1000) / (service + database);
      return `| ${label} | ${service.toFixed(2)} | ${database.toFixed(2)} | ${ceiling.toFixed(0)} ${unit} |`;
    }),
  ].join('\n');
}

/**
 * Each target in turn, round after round (A, B, C, A, B, C, …), so drift of a noisy machine
 * falls on all alike; medians are reported.
 */
export async function alternateGenerated(
  targets: readonly GeneratedTarget[],
  options: GeneratedLoadOptions & { rounds: number },
): Promise<GeneratedSummary[]> {
  const runs = targets.map(() => [] as GeneratedMeasurement[]);
  for (let round = 1; round <= options.rounds; round++) {
    for (const [i, target] of targets.entries()) {
      const measurement = await measureGenerated(target, options);
      runs[i].push(measurement);
      console.log(
        `  round ${round}/${options.rounds} ${target.label}: ${describeGenerated(measurement, target.unit ?? 'requests')}`,
      );
    }
  }
  return targets.map((target, i) => summariseGenerated(target, runs[i]));
}

export function generatedTable(summaries: readonly GeneratedSummary[]): string {
  const baseline = summaries[0].requestsPerSecond;
  const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');
  return [
    '| route | req/s | units/s | p50 ms | p95 ms | p97.5 ms | p99 ms | non-2xx | errors | failed units | req/s ratio |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...summaries.map(
      (s, i) =>
        `| ${s.label} | ${s.requestsPerSecond.toFixed(1)} | ${s.unitsPerSecond.toFixed(1)} ${s.unit} | ` +
        `${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p975)} | ${ms(s.p99)} | ${s.non2xx} | ${s.errors} | ${s.unitsFailed} | ` +
        `${i === 0 ? '1.00 (baseline)' : (s.requestsPerSecond / baseline).toFixed(3)} |`,
    ),
  ].join('\n');
}
