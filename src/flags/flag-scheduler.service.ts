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
import { claimJob } from '../database/job-claim';
import { PeriodicJob } from '../database/periodic-job';
import { FlagReevaluator } from './flag-reevaluator.service';

const JOB_NAME = 'time-based-flags';
const TIME_BASED_CODES = ['CONSULTATION_MISSING_BEFORE_SEND', 'NETWORK_CHECK_MISSING'];

/**
 * Flags that depend on the date alone (a send date drawing near) are re-evaluated on a
 * schedule. With several instances, exactly one of them runs it per interval (claimJob).
 */
@Injectable()
export class FlagScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly job: PeriodicJob;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reevaluator: FlagReevaluator,
  ) {
    this.job = new PeriodicJob({
      label: 'Flag scan',
      intervalSeconds: config.flagScanIntervalSeconds,
      run: () => this.runIfDue(),
      logger: new Logger(FlagScheduler.name),
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  /** Before the database pool closes, so a running scan can finish its transaction. */
  beforeApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  /** Runs the scan when no instance has started it within the interval; returns surveys seen. */
  async runIfDue(now = new Date()): Promise<number | null> {
    const interval = this.config.flagScanIntervalSeconds;
    if (!(await claimJob(this.dataSource, JOB_NAME, interval, now))) return null;
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
