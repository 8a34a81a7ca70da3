import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  BeforeApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { FlagReevaluator } from './flag-reevaluator.service';

const JOB_NAME = 'time-based-flags';
const TIME_BASED_CODES = ['CONSULTATION_MISSING_BEFORE_SEND', 'NETWORK_CHECK_MISSING'];

/**
 * Flags that depend on the date alone (a send date drawing near) are re-evaluated on a
 * schedule. With several instances, the job_runs row lets exactly one of them run it per
 * interval: the claim is a single conditional upsert.
 */
@Injectable()
export class FlagScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(FlagScheduler.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reevaluator: FlagReevaluator,
  ) {}

  onApplicationBootstrap(): void {
    const seconds = this.config.flagScanIntervalSeconds;
    if (seconds === 0) return;
    this.timer = setInterval(() => {
      this.running = this.runIfDue().catch((error: unknown) =>
        this.logger.warn(`Flag scan failed: ${error instanceof Error ? error.message : error}`),
      );
    }, seconds * 1000);
    this.timer.unref();
  }

  /** Before the database pool closes, so a running scan can finish its transaction. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs the scan when no instance has started it within the interval; returns surveys seen. */
  async runIfDue(now = new Date()): Promise<number | null> {
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO job_runs (name, last_started_at) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET last_started_at = EXCLUDED.last_started_at
        WHERE job_runs.last_started_at <= EXCLUDED.last_started_at - make_interval(secs => $3)
       RETURNING name`,
      [JOB_NAME, now, Math.max(1, this.config.flagScanIntervalSeconds) * 0.9],
    );
    if (claimed.length === 0) return null;
    return this.scan(now);
  }

  async scan(now = new Date()): Promise<number> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM surveys
        WHERE (status = 'draft' AND planned_send_date IS NOT NULL
               AND planned_send_date <= ($1::timestamptz AT TIME ZONE 'Europe/Stockholm')::date + $2::int)
           OR open_flags && $3::varchar[]`,
      [now, this.config.consultationLeadDays + 1, TIME_BASED_CODES],
    );
    return this.reevaluator.reevaluate(
      rows.map((row) => row.id),
      undefined,
      now,
    );
  }
}
