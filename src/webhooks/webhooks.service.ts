import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, FindOptionsWhere, IsNull, MoreThan, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { NotFoundError, ValidationFailedError } from '../common/errors';
import { PageQueryDto } from '../common/pagination';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CreateWebhookDto } from './dto/create-webhook.dto';
import { DeliveryQueryDto } from './dto/delivery-query.dto';
import { OUTBOX_CHANNEL } from './outbox-listener';
import { WebhookAttempt } from './webhook-attempt.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';
import { webhookUrlProblem } from './webhook-url';

/** Attempts shown with each delivery in a list; one delivery's page shows them all. */
const ATTEMPTS_PER_LISTED_DELIVERY = 20;

export interface DeliveryWithAttempts {
  delivery: WebhookDelivery;
  attempts: WebhookAttempt[];
}

interface AttemptRow {
  id: string;
  delivery_id: string;
  attempt: number;
  attempted_at: Date;
  duration_ms: number;
  status_code: number | null;
  error: string | null;
  succeeded: boolean;
}

@Injectable()
export class WebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async create(input: CreateWebhookDto, actor: Actor): Promise<WebhookSubscription> {
    const url = input.url.trim();
    const problem = await webhookUrlProblem(url, this.config.webhookAllowPrivateUrls);
    if (problem) {
      throw new ValidationFailedError(`url ${problem}`, [{ field: 'url', problem }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const [{ seq }]: { seq: string }[] = await manager.query(
        'SELECT COALESCE(max(seq), 0)::text AS seq FROM outbox_events',
      );
      const subscription = await manager.save(
        manager.create(WebhookSubscription, {
          url,
          events: [...input.events],
          secret: input.secret,
          startSeq: seq,
          consecutiveFailures: 0,
          retryAt: null,
          disabledAt: null,
          disabledReason: null,
          lastFailureAt: null,
          createdByKeyId: actor.keyId,
        }),
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'webhook_subscription',
        entityId: subscription.id,
        action: 'webhook.created',
        changes: { url, events: subscription.events },
      });
      return subscription;
    });
  }

  list(query: PageQueryDto): Promise<[WebhookSubscription[], number]> {
    return this.dataSource.getRepository(WebhookSubscription).findAndCount({
      order: { createdAt: 'ASC', id: 'ASC' },
      take: query.limit,
      skip: query.offset,
    });
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager) {
    const subscription = await manager.findOne(WebhookSubscription, { where: { id } });
    if (!subscription) throw new NotFoundError('Webhook', id);
    return subscription;
  }

  async remove(id: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const subscription = await this.lock(manager, id);
      await manager.delete(WebhookSubscription, { id });
      await this.audit.record(manager, {
        actor,
        entityType: 'webhook_subscription',
        entityId: id,
        action: 'webhook.deleted',
        changes: { url: subscription.url },
      });
    });
  }

  /** Re-enables a disabled subscription; its queued deliveries go out from now on. */
  async enable(id: string, actor: Actor): Promise<WebhookSubscription> {
    await this.dataSource.transaction(async (manager) => {
      const subscription = await this.lock(manager, id);
      if (subscription.disabledAt === null) return;
      await manager.update(WebhookSubscription, id, {
        disabledAt: null,
        disabledReason: null,
        consecutiveFailures: 0,
        retryAt: null,
        version: subscription.version + 1,
      });
      await manager.query(
        `UPDATE webhook_deliveries SET next_attempt_at = now()
          WHERE subscription_id = $1 AND delivered_at IS NULL AND next_attempt_at > now()`,
        [id],
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'webhook_subscription',
        entityId: id,
        action: 'webhook.enabled',
        changes: { disabledReason: subscription.disabledReason },
      });
      await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, 'enabled']);
    });
    return this.get(id);
  }

  /**
   * Queues deliveries to be sent now: one given delivery (even one already delivered), or
   * every undelivered one that has failed. Returns how many were queued.
   */
  async redeliver(
    id: string,
    deliveryId: string | undefined,
    actor: Actor,
  ): Promise<{ requeued: number; subscriptionEnabled: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const subscription = await this.lock(manager, id);
      let requeued: number;
      if (deliveryId) {
        const [, count]: [unknown[], number] = await manager.query(
          `UPDATE webhook_deliveries SET delivered_at = NULL, next_attempt_at = now()
            WHERE id = $1 AND subscription_id = $2`,
          [deliveryId, id],
        );
        if (count === 0) throw new NotFoundError('Webhook delivery', deliveryId);
        requeued = count;
      } else {
        const [, count]: [unknown[], number] = await manager.query(
          `UPDATE webhook_deliveries SET next_attempt_at = now()
            WHERE subscription_id = $1 AND delivered_at IS NULL AND attempt_count > 0`,
          [id],
        );
        requeued = count;
      }
      // The subscription's own back-off gives way too: an admin asked for it now.
      await manager.update(WebhookSubscription, id, { retryAt: null });
      await this.audit.record(manager, {
        actor,
        entityType: 'webhook_subscription',
        entityId: id,
        action: 'webhook.redelivered',
        changes: { deliveryId: deliveryId ?? null, requeued },
      });
      await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, 'redeliver']);
      return { requeued, subscriptionEnabled: subscription.disabledAt === null };
    });
  }

  async deliveries(id: string, query: DeliveryQueryDto): Promise<[DeliveryWithAttempts[], number]> {
    await this.get(id);
    const where: FindOptionsWhere<WebhookDelivery> = { subscriptionId: id };
    if (query.status === 'delivered') where.deliveredAt = Not(IsNull());
    if (query.status === 'pending')
      Object.assign(where, { deliveredAt: IsNull(), attemptCount: 0 });
    if (query.status === 'failing') {
      Object.assign(where, { deliveredAt: IsNull(), attemptCount: MoreThan(0) });
    }
    const [deliveries, total] = await this.dataSource.getRepository(WebhookDelivery).findAndCount({
      where,
      order: { eventSeq: 'DESC' },
      take: query.limit,
      skip: query.offset,
    });
    const attempts = await this.recentAttempts(deliveries.map((delivery) => delivery.id));
    return [
      deliveries.map((delivery) => ({ delivery, attempts: attempts.get(delivery.id) ?? [] })),
      total,
    ];
  }

  async delivery(id: string, deliveryId: string): Promise<DeliveryWithAttempts> {
    const delivery = await this.dataSource
      .getRepository(WebhookDelivery)
      .findOne({ where: { id: deliveryId, subscriptionId: id } });
    if (!delivery) throw new NotFoundError('Webhook delivery', deliveryId);
    const attempts = await this.dataSource
      .getRepository(WebhookAttempt)
      .find({ where: { deliveryId }, order: { id: 'ASC' } });
    return { delivery, attempts };
  }

  private async lock(manager: EntityManager, id: string): Promise<WebhookSubscription> {
    const subscription = await manager.findOne(WebhookSubscription, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!subscription) throw new NotFoundError('Webhook', id);
    return subscription;
  }

  /** The latest attempts of each delivery, oldest first. */
  private async recentAttempts(deliveryIds: string[]): Promise<Map<string, WebhookAttempt[]>> {
    const byDelivery = new Map<string, WebhookAttempt[]>();
    if (deliveryIds.length === 0) return byDelivery;
    const rows: AttemptRow[] = await this.dataSource.query(
      `SELECT a.* FROM unnest($1::uuid[]) AS d(id)
         CROSS JOIN LATERAL (
           SELECT * FROM webhook_attempts WHERE delivery_id = d.id ORDER BY id DESC LIMIT $2
         ) a
        ORDER BY a.id`,
      [deliveryIds, ATTEMPTS_PER_LISTED_DELIVERY],
    );
    for (const row of rows) {
      const attempt = this.dataSource.manager.create(WebhookAttempt, {
        id: row.id,
        deliveryId: row.delivery_id,
        attempt: row.attempt,
        attemptedAt: row.attempted_at,
        durationMs: row.duration_ms,
        statusCode: row.status_code,
        error: row.error,
        succeeded: row.succeeded,
      });
      byDelivery.set(row.delivery_id, [...(byDelivery.get(row.delivery_id) ?? []), attempt]);
    }
    return byDelivery;
  }
}
