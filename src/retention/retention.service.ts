import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { claimJob } from '../database/job-claim';
import { PeriodicJob } from '../database/periodic-job';
import { PRUNE_IDEMPOTENCY_KEYS_SQL, PRUNE_OUTBOX_EVENTS_SQL } from './retention-sql';

const JOB_NAME = 'retention';
const DAY_MS = 86_400_000;
/** Rows per statement: short transactions, short locks. */
const BATCH = 5_000;

export interface Pruned {
  outboxEvents: number;
  idempotencyKeys: number;
}

/**
 * Keeps the bookkeeping tables from growing without end: delivered webhook events (with
 * their deliveries and attempts) and answered idempotency keys older than their retention
 * are deleted in batches, by one instance per interval. The audit trail is never pruned.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RetentionService.name);
  private readonly job: PeriodicJob;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.job = new PeriodicJob({
      label: 'Retention',
      intervalSeconds: config.retentionIntervalSeconds,
      run: () => this.runIfDue(),
      logger: this.logger,
    });
  }

  onApplicationBootstrap(): void {
    this.job.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.job.stop();
  }

  async runIfDue(now = new Date()): Promise<Pruned | null> {
    const interval = this.config.retentionIntervalSeconds;
    if (!(await claimJob(this.dataSource, JOB_NAME, interval, now))) return null;
    const pruned = await this.prune(now);
    if (pruned.outboxEvents + pruned.idempotencyKeys > 0) this.logger.log({ pruned });
    return pruned;
  }

  async prune(now = new Date()): Promise<Pruned> {
    return {
      outboxEvents: await this.pruneOlderThan(
        PRUNE_OUTBOX_EVENTS_SQL,
        this.config.webhookEventRetentionDays,
        now,
      ),
      idempotencyKeys: await this.pruneOlderThan(
        PRUNE_IDEMPOTENCY_KEYS_SQL,
        this.config.idempotencyKeyRetentionDays,
        now,
      ),
    };
  }

  /** Batch after batch until one comes back short; 0 days: keep everything. */
  private async pruneOlderThan(sql: string, days: number, now: Date): Promise<number> {
    if (days === 0) return 0;
    const cutoff = new Date(now.getTime() - days * DAY_MS);
    let total = 0;
    for (;;) {
      const [{ count }]: { count: number }[] = await this.dataSource.query(sql, [cutoff, BATCH]);
      total += count;
      if (count < BATCH) return total;
    }
  }
}
