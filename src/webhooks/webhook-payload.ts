import type { OutboxEventType } from '../outbox/outbox-event.entity';

export interface WebhookEventBody {
  id: string;
  type: OutboxEventType;
  occurredAt: string;
  data: Record<string, unknown>;
}

/** The exact bytes that are sent and signed: `{id, type, occurredAt, data}`. */
export function webhookBody(event: {
  eventId: string;
  eventType: OutboxEventType;
  occurredAt: Date;
  data: Record<string, unknown>;
}): string {
  const body: WebhookEventBody = {
    id: event.eventId,
    type: event.eventType,
    occurredAt: event.occurredAt.toISOString(),
    data: event.data,
  };
  return JSON.stringify(body);
}
