import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { checkIn } from '../database/check-in';
import { Survey } from '../surveys/survey.entity';

export const FLAG_STATES = ['open', 'resolved', 'dismissed'] as const;
export type FlagState = (typeof FLAG_STATES)[number];
export const FLAG_SEVERITIES = ['critical', 'warning', 'info'] as const;
export type FlagSeverity = (typeof FLAG_SEVERITIES)[number];
export type FlagEvidence = Record<string, string | number | boolean | null | string[]>;

/**
 * One raising of a flag on a survey. Open flags resolve when their facts stop holding; a
 * dismissed flag stays dismissed while `factsKey` (the facts it was raised on) is unchanged.
 */
@Entity({ name: 'flags' })
@Index('ux_flags_open_per_code', ['surveyId', 'code'], { unique: true, where: `"state" = 'open'` })
@Index('ix_flags_survey', ['surveyId', 'raisedAt'])
@Index('ix_flags_state_code', ['state', 'code'])
@Index('ix_flags_raised_at', ['raisedAt'])
@Check('chk_flags_state', checkIn('state', FLAG_STATES))
@Check('chk_flags_severity', checkIn('severity', FLAG_SEVERITIES))
export class Flag {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 10 })
  severity: FlagSeverity;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  state: FlagState;

  @Column({ type: 'jsonb' })
  evidence: FlagEvidence;

  @Column({ name: 'facts_key', type: 'char', length: 64 })
  factsKey: string;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'dismissed_at', type: 'timestamptz', nullable: true })
  dismissedAt: Date | null;

  @Column({ name: 'dismissed_reason', type: 'text', nullable: true })
  dismissedReason: string | null;

  @Column({ name: 'dismissed_by', type: 'varchar', length: 250, nullable: true })
  dismissedBy: string | null;

  @VersionColumn({ default: 1 })
  version: number;
}
