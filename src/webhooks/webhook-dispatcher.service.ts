import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { backoffDelayMs } from '../common/backoff';
import { Metrics } from '../metrics/metrics';
import type { NotificationListener } from '../database/notification-listener';
import { outboxListener } from './outbox-listener';
import { SIGNATURE_HEADER, signBody } from './signature';
import { webhookBody } from './webhook-payload';
import { AttemptOutcome, ClaimedDelivery, FailurePolicy, WebhookQueue } from './webhook-queue';
import { postBody, WebhookAgents } from './webhook-request';
import { publicOnlyLookup } from './webhook-url';

const LOOP_BACKOFF_CAP_MS = 5_000;
/** A lease outlives the request timeout, so a live sender never loses its delivery. */
const LEASE_MARGIN_MS = 30_000;

export interface DispatcherStats {
  delivered: number;
  failed: number;
}

/**
 * Sends outbox events to webhook subscribers: fans new events out into deliveries, claims
 * due ones in batches and POSTs them, at least once and in order per survey. Several
 * instances may run it on one database. A database outage stops the loop's queries, not the
 * loop: it logs once, backs off and carries on when the database answers again.
 */
@Injectable()
export class WebhookDispatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(WebhookDispatcher.name);
  readonly instanceId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly agents = new WebhookAgents();
  private readonly inFlight = new Set<Promise<void>>();
  /** Outcomes sent but not yet written (the database was away); written before new claims. */
  private readonly unsettled: AttemptOutcome[] = [];
  private readonly stats: DispatcherStats = { delivered: 0, failed: 0 };
  private readonly policy: FailurePolicy;
  private readonly leaseMs: number;
  private listener: NotificationListener | null = null;
  private loop: Promise<void> | null = null;
  private stopping = false;
  private wakeRequested = false;
  private wakeSleeper: (() => void) | null = null;
  private loopFailures = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queue: WebhookQueue,
    private readonly metrics: Metrics,
  ) {
    this.leaseMs = config.webhookTimeoutMs + LEASE_MARGIN_MS;
    this.policy = {
      maxFailures: config.webhookMaxFailures,
      subscriptionBackoffMs: (failures) => this.retryDelay(failures),
    };
  }

  onApplicationBootstrap(): void {
    if (this.config.webhookPollIntervalMs === 0) return;
    const url = (this.dataSource.options as { url?: string }).url;
    if (url) {
      this.listener = outboxListener(url, () => this.wake());
      this.listener.start();
    }
    this.loop = this.run();
  }

  /**
   * Before the other modules shut down (TypeORM closes its pool in onApplicationShutdown):
   * stop claiming, let the requests in flight finish and write down how they went.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    await this.settleUnsettled().catch(() => undefined);
    await this.listener?.close();
    this.agents.destroy();
  }

  /** Deliveries this instance has made and failed since it started (tests, diagnostics). */
  counts(): DispatcherStats {
    return { ...this.stats };
  }

  private async run(): Promise<void> {
    const interval = this.config.webhookPollIntervalMs;
    while (!this.stopping) {
      let more = false;
      try {
        await this.settleUnsettled();
        const free = this.config.webhookBatchSize - this.inFlight.size;
        const claimed = await this.queue.fanOutAndClaim(free, this.instanceId, this.leaseMs);
        for (const delivery of claimed) this.start(delivery);
        more = free > 0 && claimed.length === free;
        if (this.loopFailures > 0) this.logger.log('Webhook dispatch resumed');
        this.loopFailures = 0;
      } catch (error) {
        this.loopFailures += 1;
        if (this.loopFailures === 1) {
          this.logger.warn(`Webhook dispatch paused: ${errorText(error)}; retrying with back-off`);
        }
        const delay = backoffDelayMs(this.loopFailures, interval, LOOP_BACKOFF_CAP_MS);
        await this.sleep(Math.max(interval, delay));
        continue;
      }
      if (!more) await this.sleep(interval);
    }
  }

  /** Sends a delivery, then each following one of its survey that is due, one at a time. */
  private start(first: ClaimedDelivery): void {
    const task: Promise<void> = this.chain(first).finally(() => {
      this.inFlight.delete(task);
      this.wake();
    });
    this.inFlight.add(task);
  }

  private async chain(first: ClaimedDelivery): Promise<void> {
    let delivery: ClaimedDelivery | null = first;
    while (delivery) {
      const outcome = await this.attempt(delivery);
      delivery = await this.settle(outcome);
    }
  }

  private async attempt(delivery: ClaimedDelivery): Promise<AttemptOutcome> {
    const body = webhookBody(delivery);
    const startedAt = new Date();
    const result = await postBody(delivery.url, body, this.agents, {
      timeoutMs: this.config.webhookTimeoutMs,
      publicOnly: !this.config.webhookAllowPrivateUrls,
      lookup: publicOnlyLookup,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Enkatkollen-Webhooks/1',
        [SIGNATURE_HEADER]: signBody(delivery.secret, body),
        'X-Webhook-Id': delivery.eventId,
        'X-Webhook-Event': delivery.eventType,
        'X-Webhook-Delivery': delivery.id,
        'X-Webhook-Attempt': String(delivery.attemptCount + 1),
      },
    });
    const statusCode = 'statusCode' in result ? result.statusCode : null;
    const succeeded = statusCode !== null && statusCode >= 200 && statusCode < 300;
    if (succeeded) {
      this.stats.delivered += 1;
      this.metrics.webhookDelivered((Date.now() - delivery.occurredAt.getTime()) / 1000);
    } else this.stats.failed += 1;
    return {
      delivery,
      startedAt,
      durationMs: Date.now() - startedAt.getTime(),
      statusCode,
      error: 'error' in result ? result.error : succeeded ? null : `HTTP ${statusCode}`,
      succeeded,
      nextAttemptAt: new Date(Date.now() + this.retryDelay(delivery.attemptCount + 1)),
    };
  }

  /** Records the outcome; returns the survey's next delivery when it could be leased at once. */
  private async settle(outcome: AttemptOutcome): Promise<ClaimedDelivery | null> {
    const next = outcome.succeeded && !this.stopping ? { leaseMs: this.leaseMs } : null;
    try {
      return await this.queue.record(outcome, this.instanceId, this.policy, next);
    } catch {
      this.unsettled.push(outcome);
      return null;
    }
  }

  /**
   * Writes outcomes the database could not take earlier. One whose lease has run out is
   * dropped: another instance may already be sending that delivery again.
   */
  private async settleUnsettled(): Promise<void> {
    while (this.unsettled.length > 0) {
      const outcome = this.unsettled[0];
      if (Date.now() - outcome.startedAt.getTime() < this.leaseMs) {
        await this.queue.record(outcome, this.instanceId, this.policy, null);
      }
      this.unsettled.shift();
    }
  }

  private retryDelay(attempt: number): number {
    return backoffDelayMs(
      attempt,
      this.config.webhookBackoffBaseMs,
      this.config.webhookBackoffCapMs,
    );
  }

  private wake(): void {
    this.wakeRequested = true;
    this.wakeSleeper?.();
  }

  private sleep(ms: number): Promise<void> {
    if (this.wakeRequested || this.stopping) {
      this.wakeRequested = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.wakeSleeper = null;
        this.wakeRequested = false;
        resolve();
      };
      const timer = setTimeout(finish, ms);
      this.wakeSleeper = finish;
    });
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
