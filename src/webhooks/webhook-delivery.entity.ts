import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { WebhookSubscription } from './webhook-subscription.entity';

/**
 * One outbox event owed to one subscription, retried until a 2xx. `locked_until` is the
 * lease of the instance sending it; an expired lease lets another instance take over.
 */
@Entity({ name: 'webhook_deliveries' })
@Unique('uq_webhook_deliveries_event', ['subscriptionId', 'eventSeq'])
// Undelivered ones only: what is due, and the queue of a (subscription, survey) in order.
@Index('ix_webhook_deliveries_due', ['nextAttemptAt'], { where: '"delivered_at" IS NULL' })
@Index('ix_webhook_deliveries_queue', ['subscriptionId', 'surveyId', 'eventSeq'], {
  where: '"delivered_at" IS NULL',
})
// By event: retention's check that an event is delivered, and ON DELETE CASCADE.
@Index('ix_webhook_deliveries_event_seq', ['eventSeq'])
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'subscription_id', type: 'uuid' })
  subscriptionId: string;

  @ManyToOne(() => WebhookSubscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: WebhookSubscription;

  @Column({ name: 'event_seq', type: 'bigint' })
  eventSeq: string;

  @ManyToOne(() => OutboxEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_seq', referencedColumnName: 'seq' })
  event?: OutboxEvent;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'event_type', type: 'varchar', length: 60 })
  eventType: string;

  @Column({ name: 'survey_id', type: 'uuid', nullable: true })
  surveyId: string | null;

  @Column({ name: 'attempt_count', type: 'int', default: 0 })
  attemptCount: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz' })
  nextAttemptAt: Date;

  @Column({ name: 'last_attempt_at', type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ name: 'last_status_code', type: 'int', nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'locked_by', type: 'varchar', length: 120, nullable: true })
  lockedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
