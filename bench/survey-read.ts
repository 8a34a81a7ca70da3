import { type BenchmarkDefinition, runAsScript } from './lib/benchmark';
import { ensureSurveys, withDatabase } from './lib/seed';

const TARGET_RATIO = 0.4;
const ID_SAMPLE = 1_000;

/**
 * Issue target: GET /api/v1/surveys/{id} reaches at least 40 % of the throughput of
 * GET /health/live (same process, same run), over ~2 000 seeded surveys.
 */
export const surveyRead: BenchmarkDefinition = {
  name: 'survey-read',
  title: 'Survey read: GET /api/v1/surveys/{id} against GET /health/live',
  defaults: { surveys: 2_000, connections: 20, durationSeconds: 10, warmupSeconds: 3, rounds: 2 },
  async prepare(service, options) {
    const { seeded, ids } = await withDatabase(service.databaseUrl, async (client) => {
      const summary = await ensureSurveys(client, options.surveys);
      // Random existing surveys, so that reads spread over the table rather than one hot row.
      const { rows } = await client.query<{ id: string }>(
        'SELECT id FROM surveys ORDER BY random() LIMIT $1',
        [ID_SAMPLE],
      );
      return { seeded: summary, ids: rows.map((row) => row.id) };
    });
    if (ids.length === 0) throw new Error('no surveys to read');
    const headers = { authorization: `Bearer ${service.apiKey}` };
    const probe = await fetch(`${service.baseUrl}/api/v1/surveys/${ids[0]}`, { headers });
    if (probe.status !== 200) throw new Error(`GET /api/v1/surveys/{id} answered ${probe.status}`);
    await probe.arrayBuffer();
    return {
      baseline: { label: 'GET /health/live', baseUrl: service.baseUrl, paths: ['/health/live'] },
      target: {
        label: 'GET /api/v1/surveys/{id}',
        baseUrl: service.baseUrl,
        paths: ids.map((id) => `/api/v1/surveys/${id}`),
        headers,
      },
      notes: {
        Seeded: seeded
          ? `${seeded.surveys} surveys (${seeded.consultations} consultations, ${seeded.rounds} rounds, ${seeded.flags} flags) in ${(seeded.milliseconds / 1000).toFixed(1)} s`
          : `nothing: the database already holds ≥ ${options.surveys} surveys`,
        Requests: `${ids.length} random survey ids in rotation, admin key (Bearer)`,
      },
    };
  },
  verdicts(comparison) {
    const { target } = comparison;
    return [
      {
        name: `survey read ≥ ${TARGET_RATIO * 100} % of /health/live throughput`,
        passed: comparison.ratio >= TARGET_RATIO,
        detail: `${(comparison.ratio * 100).toFixed(1)} %`,
      },
      {
        name: 'every survey read answered 2xx',
        passed: target.non2xx === 0 && target.errors === 0,
        detail: `${target.non2xx} non-2xx, ${target.errors} errors`,
      },
    ];
  },
};

if (require.main === module) runAsScript(surveyRead);
