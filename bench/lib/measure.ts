import autocannon from 'autocannon';

export interface Target {
  /** Shown in the table, e.g. "GET /health/live". */
  label: string;
  baseUrl: string;
  /** Requests rotate through these paths (one path: a fixed request). */
  paths: readonly string[];
  headers?: Record<string, string>;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p975: number;
  p99: number;
  non2xx: number;
  errors: number;
  requests: number;
  statusCodes: Record<string, number>;
}

export interface Summary {
  label: string;
  /** Medians over the runs; non2xx and errors are totals, since any of them matters. */
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p975: number;
  p99: number;
  non2xx: number;
  errors: number;
  runs: Measurement[];
}

export interface Comparison {
  baseline: Summary;
  target: Summary;
  /** target req/s ÷ baseline req/s, of the medians. */
  ratio: number;
}

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function run(target: Target, connections: number, durationSeconds: number) {
  let next = 0;
  const paths = target.paths;
  const requests: autocannon.Request[] = [
    {
      // One request whose path changes before every send, so each connection walks the list.
      setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
    },
  ];
  // autocannon's histograms stop at p90/p97.5/p99; recording every latency gives an exact p95.
  const latencies: number[] = [];
  return new Promise<{ result: autocannon.Result; latencies: number[] }>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${target.baseUrl}${paths[0]}`,
        connections,
        duration: durationSeconds,
        headers: target.headers,
        requests,
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}

/** One measurement after a warm-up run of the same requests (JIT, caches, pool connections). */
export async function measure(target: Target, options: LoadOptions): Promise<Measurement> {
  if (options.warmupSeconds > 0) await run(target, options.connections, options.warmupSeconds);
  const { result, latencies } = await run(target, options.connections, options.durationSeconds);
  const sorted = Float64Array.from(latencies).sort();
  const statusCodes = Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
  );
  return {
    requestsPerSecond: result.requests.average,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p975: percentile(sorted, 0.975),
    p99: percentile(sorted, 0.99),
    non2xx: result.non2xx,
    errors: result.errors,
    requests: result.requests.total,
    statusCodes,
  };
}

function summarise(label: string, runs: Measurement[]): Summary {
  return {
    label,
    requestsPerSecond: median(runs.map((m) => m.requestsPerSecond)),
    p50: median(runs.map((m) => m.p50)),
    p95: median(runs.map((m) => m.p95)),
    p975: median(runs.map((m) => m.p975)),
    p99: median(runs.map((m) => m.p99)),
    non2xx: runs.reduce((sum, m) => sum + m.non2xx, 0),
    errors: runs.reduce((sum, m) => sum + m.errors, 0),
    runs,
  };
}

export function describe(m: Measurement): string {
  return `${m.requestsPerSecond.toFixed(0)} req/s, p50 ${m.p50.toFixed(2)} ms, p95 ${m.p95.toFixed(2)} ms, p97.5 ${m.p975.toFixed(2)} ms, p99 ${m.p99.toFixed(2)} ms, non-2xx ${m.non2xx}, errors ${m.errors}`;
}

/**
 * Baseline and target in turn (baseline, target, baseline, target, …), so that drift of a
 * noisy machine (thermal, neighbours, autovacuum) falls on both alike; medians are compared.
 */
export async function compare(
  baseline: Target,
  target: Target,
  options: LoadOptions & { rounds: number },
): Promise<Comparison> {
  const baselineRuns: Measurement[] = [];
  const targetRuns: Measurement[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    for (const [subject, runs] of [
      [baseline, baselineRuns],
      [target, targetRuns],
    ] as const) {
      const measurement = await measure(subject, options);
      runs.push(measurement);
      console.log(`  round ${round}/${options.rounds} ${subject.label}: ${describe(measurement)}`);
    }
  }
  const baselineSummary = summarise(baseline.label, baselineRuns);
  const targetSummary = summarise(target.label, targetRuns);
  return {
    baseline: baselineSummary,
    target: targetSummary,
    ratio: targetSummary.requestsPerSecond / baselineSummary.requestsPerSecond,
  };
}
