import type { DataSource } from 'typeorm';

/**
 * Claims a scheduled job for this period: with several instances running, exactly one gets
 * `true` per interval. The claim is a single conditional upsert of the job's job_runs row
 * (a little under the interval, so that timer drift does not skip a period).
 */
export async function claimJob(
  dataSource: DataSource,
  name: string,
  intervalSeconds: number,
  now: Date,
): Promise<boolean> {
  const claimed: unknown[] = await dataSource.query(
    `INSERT INTO job_runs (name, last_started_at) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET last_started_at = EXCLUDED.last_started_at
      WHERE job_runs.last_started_at <= EXCLUDED.last_started_at - make_interval(secs => $3)
     RETURNING name`,
    [name, now, Math.max(1, intervalSeconds) * 0.9],
  );
  return claimed.length > 0;
}
