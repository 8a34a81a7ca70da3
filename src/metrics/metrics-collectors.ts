import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { Counter, Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { ApiKeysService } from '../auth/api-keys.service';
import { LedgerCache } from '../burden/ledger-cache';
import type { CacheStats } from '../common/generation-cache';
import { FLAG_CODES } from '../flags/flag-codes';
import { PublicDataCache } from '../lookup/public-data-cache';
import { Metrics } from './metrics';

/** What is read when Prometheus scrapes: the pool, the webhook queue, open flags, caches. */
@Injectable()
export class MetricsCollectors implements OnModuleInit {
  constructor(
    private readonly metrics: Metrics,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly apiKeys: ApiKeysService,
    private readonly lookupCache: PublicDataCache,
    private readonly ledgerCache: LedgerCache,
  ) {}

  onModuleInit(): void {
    const registers = [this.metrics.registry];
    const pool = () => (this.dataSource.driver as PostgresDriver).master as Pool;
    new Gauge({
      name: 'enkatkollen_db_pool_connections',
      help: 'Connections of the PostgreSQL pool: total, idle, and clients waiting for one',
      labelNames: ['state'] as const,
      registers,
      collect() {
        const { totalCount, idleCount, waitingCount } = pool();
        this.set({ state: 'total' }, totalCount);
        this.set({ state: 'idle' }, idleCount);
        this.set({ state: 'waiting' }, waitingCount);
      },
    });
    const readWebhookQueue = () => this.webhookQueue();
    new Gauge({
      name: 'enkatkollen_webhook_queue_depth',
      help: 'Webhook work not yet done: undelivered deliveries, and events not yet fanned out',
      labelNames: ['stage'] as const,
      registers,
      async collect() {
        const { deliveries, events } = await readWebhookQueue();
        this.set({ stage: 'deliveries' }, deliveries);
        this.set({ stage: 'events' }, events);
      },
    });
    const readOpenFlags = () => this.openFlags();
    new Gauge({
      name: 'enkatkollen_open_flags',
      help: 'Open flags by code',
      labelNames: ['code'] as const,
      registers,
      async collect() {
        const counts = await readOpenFlags();
        for (const code of FLAG_CODES) this.set({ code }, counts.get(code) ?? 0);
      },
    });
    const caches: [string, () => CacheStats][] = [
      ['lookup', () => this.lookupCache.stats],
      ['ledger', () => this.ledgerCache.stats],
      ['api_key', () => this.apiKeys.cacheStats],
    ];
    new Counter({
      name: 'enkatkollen_cache_requests_total',
      help: 'Cache reads by cache and result: hit (from memory) or miss (loaded)',
      labelNames: ['cache', 'result'] as const,
      registers,
      collect() {
        // The caches count for themselves; the counter shows their totals.
        this.reset();
        for (const [cache, stats] of caches) {
          const { hits, misses } = stats();
          this.inc({ cache, result: 'hit' }, hits);
          this.inc({ cache, result: 'miss' }, misses);
        }
      },
    });
  }

  private async webhookQueue(): Promise<{ deliveries: number; events: number }> {
    const rows: { deliveries: number; events: number }[] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM webhook_deliveries WHERE delivered_at IS NULL)::int AS deliveries,
              (SELECT count(*) FROM webhook_pending_events)::int AS events`,
    );
    return rows[0];
  }

  private async openFlags(): Promise<Map<string, number>> {
    const rows: { code: string; n: number }[] = await this.dataSource.query(
      `SELECT code, count(*)::int AS n FROM flags WHERE state = 'open' GROUP BY code`,
    );
    return new Map(rows.map((row) => [row.code, row.n]));
  }
}
