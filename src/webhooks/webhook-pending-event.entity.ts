import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OutboxEvent } from '../outbox/outbox-event.entity';

/**
 * Outbox events not yet fanned out to subscriptions. A trigger on outbox_events adds the row
 * in the transaction that writes the event, so an event becomes visible here exactly when it
 * commits: no cursor over `seq` can skip an event whose transaction commits late.
 */
@Entity({ name: 'webhook_pending_events' })
export class WebhookPendingEvent {
  @PrimaryColumn({ type: 'bigint' })
  seq: string;

  @ManyToOne(() => OutboxEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'seq', referencedColumnName: 'seq' })
  event?: OutboxEvent;
}
