import { Column, Entity, Generated, Index, PrimaryGeneratedColumn } from 'typeorm';

export const OUTBOX_EVENT_TYPES = [
  'flag.raised',
  'flag.resolved',
  'survey.sent',
  'consultation.completed',
  'network_review.recorded',
] as const;
export type OutboxEventType = (typeof OUTBOX_EVENT_TYPES)[number];

/**
 * An event for other systems, written in the transaction of the change that caused it.
 * `seq` orders events (per survey, and overall) for delivery.
 */
@Entity({ name: 'outbox_events' })
@Index('ix_outbox_events_survey_seq', ['surveyId', 'seq'])
@Index('ix_outbox_events_occurred_at', ['occurredAt'])
export class OutboxEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  seq: string;

  @Column({ type: 'uuid', unique: true })
  @Generated('uuid')
  id: string;

  @Column({ type: 'varchar', length: 60 })
  type: OutboxEventType;

  @Column({ name: 'survey_id', type: 'uuid', nullable: true })
  surveyId: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;
}
