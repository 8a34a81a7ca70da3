import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import { type CacheStats, GenerationCache } from '../common/generation-cache';
import type { PublicDataListener, PublicDataSubscriber } from './public-data-listener';

/** A safety net only: changes invalidate at once. */
const MAX_AGE_MS = 10 * 60_000;

/**
 * Answers kept until the data behind them changes. Invalidated by every transaction this
 * instance commits (read-your-writes for whoever just changed something) and by the
 * triggers' NOTIFY for changes made anywhere else (other instances, SQL), which the
 * instance's one PublicDataListener hears. Used only while that LISTEN connection is up: when
 * it is lost, every read goes to the database until it is back, and the cache starts empty.
 * `entries` 0 turns it off (and listens to nothing).
 */
export abstract class ChangeInvalidatedCache<Value>
  implements EntitySubscriberInterface, PublicDataSubscriber
{
  private readonly cache: GenerationCache<Value>;

  protected constructor(dataSource: DataSource, listener: PublicDataListener, entries: number) {
    this.cache = new GenerationCache(entries, MAX_AGE_MS);
    this.cache.setEnabled(false);
    if (entries === 0) return;
    dataSource.subscribers.push(this);
    listener.subscribe(this);
  }

  get stats(): CacheStats {
    return this.cache.stats;
  }

  onNotification(): void {
    this.cache.invalidate();
  }

  onListening(): void {
    this.cache.setEnabled(true);
  }

  onLost(): void {
    this.cache.setEnabled(false);
  }

  /** Any commit of this instance may have changed what is cached. */
  afterTransactionCommit(): void {
    this.cache.invalidate();
  }

  protected cached(key: string, load: () => Promise<Value>): Promise<Value> {
    return this.cache.get(key, load);
  }
}
