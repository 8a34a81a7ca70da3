import { ApiProperty } from '@nestjs/swagger';
import { OUTBOX_EVENT_TYPES } from '../outbox/outbox-event.entity';
import { DELIVERY_STATUSES, type DeliveryStatus } from './dto/delivery-query.dto';
import type { WebhookAttempt } from './webhook-attempt.entity';
import type { WebhookDelivery } from './webhook-delivery.entity';
import type { WebhookSubscription } from './webhook-subscription.entity';

export class WebhookResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiProperty({ enum: OUTBOX_EVENT_TYPES, isArray: true }) events: string[];
  @ApiProperty({ example: '…k3Yq', description: 'The last characters of the secret' })
  secretHint: string;
  @ApiProperty({ description: 'False once disabled after too many failures in a row' })
  enabled: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt: string | null;
  @ApiProperty({ type: String, nullable: true }) disabledReason: string | null;
  @ApiProperty() consecutiveFailures: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastFailureAt: string | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class WebhookAttemptResponse {
  @ApiProperty() attempt: number;
  @ApiProperty({ format: 'date-time' }) attemptedAt: string;
  @ApiProperty() durationMs: number;
  @ApiProperty({ type: Number, nullable: true }) statusCode: number | null;
  @ApiProperty({ type: String, nullable: true }) error: string | null;
  @ApiProperty() succeeded: boolean;
}

export class WebhookDeliveryResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'The event id, as sent in the body' })
  eventId: string;
  @ApiProperty({ enum: OUTBOX_EVENT_TYPES }) eventType: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) surveyId: string | null;
  @ApiProperty({ enum: DELIVERY_STATUSES }) status: DeliveryStatus;
  @ApiProperty() attemptCount: number;
  @ApiProperty({ type: Number, nullable: true }) lastStatusCode: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastAttemptAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextAttemptAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: [WebhookAttemptResponse], description: 'Oldest first' })
  attempts: WebhookAttemptResponse[];
}

export class RedeliverResponse {
  @ApiProperty({ description: 'Deliveries queued to be sent now' }) requeued: number;
  @ApiProperty({ description: 'False: they wait until the subscription is enabled' })
  subscriptionEnabled: boolean;
}

export function secretHint(secret: string): string {
  return `…${secret.slice(-4)}`;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toWebhookResponse(subscription: WebhookSubscription): WebhookResponse {
  return {
    id: subscription.id,
    url: subscription.url,
    events: subscription.events,
    secretHint: secretHint(subscription.secret),
    enabled: subscription.disabledAt === null,
    disabledAt: iso(subscription.disabledAt),
    disabledReason: subscription.disabledReason,
    consecutiveFailures: subscription.consecutiveFailures,
    lastFailureAt: iso(subscription.lastFailureAt),
    version: subscription.version,
    createdAt: subscription.createdAt.toISOString(),
    updatedAt: subscription.updatedAt.toISOString(),
  };
}

export function deliveryStatus(delivery: WebhookDelivery): DeliveryStatus {
  if (delivery.deliveredAt) return 'delivered';
  return delivery.attemptCount > 0 ? 'failing' : 'pending';
}

export function toAttemptResponse(attempt: WebhookAttempt): WebhookAttemptResponse {
  return {
    attempt: attempt.attempt,
    attemptedAt: attempt.attemptedAt.toISOString(),
    durationMs: attempt.durationMs,
    statusCode: attempt.statusCode,
    error: attempt.error,
    succeeded: attempt.succeeded,
  };
}

export function toDeliveryResponse(
  delivery: WebhookDelivery,
  attempts: WebhookAttempt[],
): WebhookDeliveryResponse {
  return {
    id: delivery.id,
    eventId: delivery.eventId,
    eventType: delivery.eventType,
    surveyId: delivery.surveyId,
    status: deliveryStatus(delivery),
    attemptCount: delivery.attemptCount,
    lastStatusCode: delivery.lastStatusCode,
    lastError: delivery.lastError,
    lastAttemptAt: iso(delivery.lastAttemptAt),
    nextAttemptAt: delivery.deliveredAt ? null : delivery.nextAttemptAt.toISOString(),
    deliveredAt: iso(delivery.deliveredAt),
    createdAt: delivery.createdAt.toISOString(),
    attempts: attempts.map(toAttemptResponse),
  };
}
