import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { OUTBOX_EVENT_TYPES, type OutboxEventType } from '../outbox/outbox-event.entity';

const EVENT_LIST = OUTBOX_EVENT_TYPES.map((type) => `'${type}'`).join(', ');

/**
 * A receiver of outbox events. The secret is kept as given: signing needs it, so it cannot
 * be hashed like an API key; it is never returned by the API.
 */
@Entity({ name: 'webhook_subscriptions' })
@Check(
  'chk_webhook_subscriptions_events',
  `cardinality("events") > 0 AND "events" <@ ARRAY[${EVENT_LIST}]::varchar[]`,
)
@Check('chk_webhook_subscriptions_failures', '"consecutive_failures" >= 0')
export class WebhookSubscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'varchar', length: 60, array: true })
  events: OutboxEventType[];

  @Column({ type: 'varchar', length: 200 })
  secret: string;

  /** The newest outbox event when the subscription was made: it receives only later ones. */
  @Column({ name: 'start_seq', type: 'bigint' })
  startSeq: string;

  /** Failed attempts in a row (a success resets it); at WEBHOOK_MAX_FAILURES it disables. */
  @Column({ name: 'consecutive_failures', type: 'int', default: 0 })
  consecutiveFailures: number;

  /** While failing, the subscription is only probed again from this time on. */
  @Column({ name: 'retry_at', type: 'timestamptz', nullable: true })
  retryAt: Date | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ name: 'disabled_reason', type: 'varchar', length: 600, nullable: true })
  disabledReason: string | null;

  @Column({ name: 'last_failure_at', type: 'timestamptz', nullable: true })
  lastFailureAt: Date | null;

  @Column({ name: 'created_by_key_id', type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
