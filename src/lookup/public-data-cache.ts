import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import { GenerationCache } from '../common/generation-cache';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { NotificationListener } from '../database/notification-listener';

/** Notified on commit by statement triggers on every table the public reads come from. */
export const PUBLIC_DATA_CHANNEL = 'public_data_changed';

/** A safety net only: changes invalidate at once. */
const MAX_AGE_MS = 10 * 60_000;

/**
 * What the public lookup and pages answered, kept until the data behind them changes: the
 * same survey is looked up by many of the 290 social services chiefs it was sent to.
 *
 * Invalidated by every transaction this instance commits (read-your-writes for whoever
 * just changed something) and by the triggers' NOTIFY for changes made anywhere else
 * (other instances, SQL). Used only while the LISTEN connection is up: when it is lost,
 * every read goes to the database until it is back.
 */
@Injectable()
export class PublicDataCache
  implements EntitySubscriberInterface, OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly cache: GenerationCache<unknown>;
  private listener: NotificationListener | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.cache = new GenerationCache(config.lookupCacheEntries, MAX_AGE_MS);
    this.cache.setEnabled(false);
    if (config.lookupCacheEntries > 0) dataSource.subscribers.push(this);
  }

  onApplicationBootstrap(): void {
    const url = (this.dataSource.options as { url?: string }).url;
    if (!url || !this.dataSource.subscribers.includes(this)) return;
    this.listener = new NotificationListener({
      connectionString: url,
      channel: PUBLIC_DATA_CHANNEL,
      applicationName: 'enkatkollen-public-data-listener',
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

  get<Value>(key: string, load: () => Promise<Value>): Promise<Value> {
    return this.cache.get(key, load) as Promise<Value>;
  }

  /** Any commit of this instance may have changed what the public sees. */
  afterTransactionCommit(): void {
    this.cache.invalidate();
  }
}
