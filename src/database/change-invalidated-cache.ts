import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import { GenerationCache } from '../common/generation-cache';
import { NotificationListener } from './notification-listener';

/**
 * Notified on commit by statement triggers on every table the cached answers come from
 * (migrations PublicDataNotifications and SurveyRoundsNotifications).
 */
export const PUBLIC_DATA_CHANNEL = 'public_data_changed';

/** A safety net only: changes invalidate at once. */
const MAX_AGE_MS = 10 * 60_000;

/**
 * Answers kept until the data behind them changes. Invalidated by every transaction this
 * instance commits (read-your-writes for whoever just changed something) and by the
 * triggers' NOTIFY for changes made anywhere else (other instances, SQL). Used only while
 * the LISTEN connection is up: when it is lost, every read goes to the database until it is
 * back, and the cache starts empty. `entries` 0 turns it off (and listens to nothing).
 */
export abstract class ChangeInvalidatedCache<Value>
  implements EntitySubscriberInterface, OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly cache: GenerationCache<Value>;
  private listener: NotificationListener | null = null;

  protected constructor(
    private readonly dataSource: DataSource,
    entries: number,
    /** How its LISTEN connection shows in pg_stat_activity. */
    private readonly applicationName: string,
  ) {
    this.cache = new GenerationCache(entries, MAX_AGE_MS);
    this.cache.setEnabled(false);
    if (entries > 0) dataSource.subscribers.push(this);
  }

  onApplicationBootstrap(): void {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url || !this.dataSource.subscribers.includes(this)) return;
    this.listener = new NotificationListener({
      connectionString: url,
      channel: PUBLIC_DATA_CHANNEL,
      applicationName: this.applicationName,
      onNotification: () => this.cache.invalidate(),
      onListening: () => this.cache.setEnabled(true),
      onLost: () => this.cache.setEnabled(false),
    });
    this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.cache.setEnabled(false);
    await this.listener?.close();
  }

  /** Any commit of this instance may have changed what is cached. */
  afterTransactionCommit(): void {
    this.cache.invalidate();
  }

  protected cached(key: string, load: () => Promise<Value>): Promise<Value> {
    return this.cache.get(key, load);
  }
}
