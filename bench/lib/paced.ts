import { Agent, request } from 'node:http';
import type { Measurement, Target } from './measure';

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

function get(agent: Agent, url: URL, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { agent, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/**
 * An open load: one request every 1/rate seconds, evenly spaced and sent whether or not the
 * earlier ones have come back (autocannon's rate limit sends each second's requests in one
 * burst, which measures the burst's queue). Latency is from the planned send time, so a
 * service that falls behind is not flattered by requests that start late.
 */
export async function measureAtRate(
  target: Target,
  rate: number,
  durationSeconds: number,
): Promise<Measurement> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const headers = target.headers ?? {};
  const intervalMs = 1000 / rate;
  const total = Math.round(rate * durationSeconds);
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const planned = started + i * intervalMs;
    const wait = planned - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const url = new URL(`${target.baseUrl}${target.paths[i % target.paths.length]}`);
    inFlight.push(
      get(agent, url, headers).then(
        (status) => {
          latencies.push(performance.now() - planned);
          statusCodes[status] = (statusCodes[status] ?? 0) + 1;
        },
        () => {
          errors += 1;
        },
      ),
    );
  }
  await Promise.all(inFlight);
  const elapsedSeconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const non2xx = Object.entries(statusCodes)
    .filter(([status]) => !status.startsWith('2'))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    requestsPerSecond: latencies.length / elapsedSeconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p975: percentile(latencies, 0.975),
    p99: percentile(latencies, 0.99),
    non2xx,
    errors,
    requests: latencies.length,
    statusCodes,
  };
}
