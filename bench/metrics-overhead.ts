import { type BenchmarkDefinition, runAsScript } from './lib/benchmark';
import { startService } from './lib/service';

const TARGET_RATIO = 0.9;

/**
 * The cost of the metrics on the hot path: GET /health/live on a service with
 * METRICS_ENABLED=false (baseline) against the same build with the request timing on
 * (target), each with its own embedded PostgreSQL, measured alternately in one run. Issue
 * target: the timed service keeps at least 90 % of the untimed one's throughput.
 */
export const metricsOverhead: BenchmarkDefinition = {
  name: 'metrics-overhead',
  title: 'Metrics overhead: GET /health/live without and with the request timing',
  defaults: { surveys: 0, connections: 20, durationSeconds: 10, warmupSeconds: 3, rounds: 2 },
  env: { METRICS_ENABLED: 'false' },
  async prepare(untimed) {
    const timed = await startService({ env: { METRICS_ENABLED: 'true' } });
    try {
      const probe = await fetch(`${timed.baseUrl}/metrics`, {
        headers: { authorization: `Bearer ${timed.apiKey}` },
      });
      const text = await probe.text();
      if (probe.status !== 200) throw new Error(`GET /metrics answered ${probe.status}`);
      const series = text.split('\n').filter((line) => line && !line.startsWith('#')).length;
      return {
        baseline: {
          label: 'GET /health/live, METRICS_ENABLED=false',
          baseUrl: untimed.baseUrl,
          paths: ['/health/live'],
        },
        target: {
          label: 'GET /health/live, metrics on',
          baseUrl: timed.baseUrl,
          paths: ['/health/live'],
        },
        notes: {
          Services: `two: ${untimed.baseUrl} (metrics off), ${timed.baseUrl} (metrics on)`,
          'Metrics at start': `${series} series`,
        },
        stop: () => timed.stop(),
      };
    } catch (error) {
      await timed.stop();
      throw error;
    }
  },
  verdicts(comparison) {
    const { target } = comparison;
    return [
      {
        name: `with metrics ≥ ${TARGET_RATIO * 100} % of the throughput without`,
        passed: comparison.ratio >= TARGET_RATIO,
        detail: `${(comparison.ratio * 100).toFixed(1)} %`,
      },
      {
        name: 'every request answered 2xx',
        passed: target.non2xx === 0 && target.errors === 0,
        detail: `${target.non2xx} non-2xx, ${target.errors} errors`,
      },
    ];
  },
};

if (require.main === module) runAsScript(metricsOverhead);
