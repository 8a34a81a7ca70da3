import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditChanges = Record<string, unknown>;

/** Append-only: one row per change, written in the transaction that made the change. */
@Entity({ name: 'audit_events' })
@Index('ix_audit_events_survey', ['surveyId', 'id'])
@Index('ix_audit_events_entity', ['entityType', 'entityId', 'id'])
export class AuditEvent {
  /** A sequence rather than a uuid: it gives the order of events written in one instant. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'varchar', length: 250 })
  actor: string;

  @Column({ name: 'actor_key_id', type: 'uuid', nullable: true })
  actorKeyId: string | null;

  /** The person who made the change; null for a key or the system. */
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  /** The person's or key's name as it was then (the label above adds the role). */
  @Column({ name: 'actor_name', type: 'varchar', length: 250 })
  actorName: string;

  @Column({ name: 'actor_email', type: 'varchar', length: 320, nullable: true })
  actorEmail: string | null;

  @Column({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId: string;

  @Column({ name: 'survey_id', type: 'uuid', nullable: true })
  surveyId: string | null;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: AuditChanges;
}
