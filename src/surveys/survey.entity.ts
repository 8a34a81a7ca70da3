import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { checkIn } from '../database/check-in';
import { Agency } from '../agencies/agency.entity';
import type { CoverLetterAnalysis } from '../cover-letter/cover-letter.types';
import {
  COLLECTION_METHODS,
  type CollectionMethod,
  CONSULTATION_STATUSES,
  type ConsultationStatus,
  EXEMPTION_GROUNDS,
  type ExemptionGround,
  MANDATES,
  type Mandate,
  RECIPIENT_SCOPES,
  type RecipientScope,
  RECURRENCES,
  type Recurrence,
  SURVEY_STATUSES,
  type SurveyStatus,
} from './survey-enums';
import { SurveyRound } from './survey-round.entity';

@Entity({ name: 'surveys' })
@Index('ix_surveys_agency_dated_at', ['agencyId', 'datedAt'])
@Index('ix_surveys_status_sent_at', ['status', 'sentAt'])
@Index('ix_surveys_sent_at', ['sentAt'])
@Index('ix_surveys_title_trgm', { synchronize: false })
@Index('ix_surveys_recurring_sent_at', ['sentAt'], { where: `"recurrence" <> 'once'` })
@Index('ix_surveys_withdrawn_at', ['withdrawnAt'], { where: `"status" = 'withdrawn'` })
@Check('chk_surveys_status', checkIn('status', SURVEY_STATUSES))
@Check('chk_surveys_collection_method', checkIn('collection_method', COLLECTION_METHODS))
@Check('chk_surveys_recipient_scope', checkIn('recipient_scope', RECIPIENT_SCOPES))
@Check('chk_surveys_recurrence', checkIn('recurrence', RECURRENCES))
@Check('chk_surveys_mandate', checkIn('mandate', MANDATES, true))
@Check('chk_surveys_exemption_ground', checkIn('exemption_ground', EXEMPTION_GROUNDS, true))
@Check('chk_surveys_consultation_status', checkIn('consultation_status', CONSULTATION_STATUSES))
@Check('chk_surveys_counts', '"occurrences" >= 1 AND "recipient_count" >= 0')
export class Survey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** ENK-<year>-<number>: gapless per year, allocated in the creating transaction. */
  @Column({ type: 'varchar', length: 20, unique: true })
  reference: string;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId: string;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /**
   * The title's trigrams as sorted hashes, for the duplicate search; kept by a trigger
   * (migration TitleTrigrams), never read or written through the entity.
   */
  @Column({
    name: 'title_trigrams',
    type: 'integer',
    array: true,
    default: '{}',
    select: false,
    insert: false,
    update: false,
  })
  titleTrigrams?: number[];

  /**
   * The date the survey is compared by: sent, else planned, else registered; kept by a
   * trigger (migration DuplicateSearch), never read or written through the entity.
   */
  @Column({
    name: 'dated_at',
    type: 'timestamptz',
    select: false,
    insert: false,
    update: false,
  })
  datedAt?: Date;

  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Column({ name: 'government_assignment', type: 'text', nullable: true })
  governmentAssignment: string | null;

  @Column({ name: 'target_role', type: 'varchar', length: 200, nullable: true })
  targetRole: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  mandate: Mandate | null;

  @Column({ name: 'collection_method', type: 'varchar', length: 30 })
  collectionMethod: CollectionMethod;

  @Column({ name: 'recipient_scope', type: 'varchar', length: 40 })
  recipientScope: RecipientScope;

  @Column({ name: 'recipient_codes', type: 'varchar', length: 4, array: true, default: '{}' })
  recipientCodes: string[];

  @Column({ name: 'recipient_count', type: 'integer' })
  recipientCount: number;

  @Column({ name: 'question_count', type: 'integer', nullable: true })
  questionCount: number | null;

  @Column({ name: 'estimated_minutes_per_response', type: 'integer', nullable: true })
  estimatedMinutesPerResponse: number | null;

  @Column({ name: 'follow_up_interview_count', type: 'integer', nullable: true })
  followUpInterviewCount: number | null;

  @Column({ name: 'follow_up_interview_minutes', type: 'integer', nullable: true })
  followUpInterviewMinutes: number | null;

  @Column({ type: 'varchar', length: 20, default: 'once' })
  recurrence: Recurrence;

  @Column({ type: 'integer', default: 1 })
  occurrences: number;

  @Column({ type: 'boolean', nullable: true })
  voluntary: boolean | null;

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  legalBasis: string | null;

  @Column({ name: 'sensitive_data', type: 'boolean', default: false })
  sensitiveData: boolean;

  @Column({ name: 'planned_send_date', type: 'date', nullable: true })
  plannedSendDate: string | null;

  @Column({ name: 'response_deadline', type: 'timestamptz', nullable: true })
  responseDeadline: Date | null;

  @Column({ name: 'cover_letter_text', type: 'text', nullable: true })
  coverLetterText: string | null;

  /** What the cover-letter reading found; recomputed whenever the text changes. */
  @Column({ name: 'cover_letter', type: 'jsonb', nullable: true })
  coverLetter: CoverLetterAnalysis | null;

  @Column({ name: 'conducted_by', type: 'varchar', length: 300, nullable: true })
  conductedBy: string | null;

  @Column({ name: 'exemption_ground', type: 'varchar', length: 40, nullable: true })
  exemptionGround: ExemptionGround | null;

  @Column({ name: 'exemption_note', type: 'text', nullable: true })
  exemptionNote: string | null;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: SurveyStatus;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_reason', type: 'text', nullable: true })
  withdrawnReason: string | null;

  @Column({ name: 'replaced_by_existing_data', type: 'boolean', nullable: true })
  replacedByExistingData: boolean | null;

  /** When questions, recipients or method last changed: a new consultation may be due. */
  @Column({ name: 'content_changed_at', type: 'timestamptz', nullable: true })
  contentChangedAt: Date | null;

  @Column({ name: 'reported_from_field', type: 'boolean', default: false })
  reportedFromField: boolean;

  /** Summaries kept in step by the consultation, review and flag services, for fast reads. */
  @Column({ name: 'consultation_status', type: 'varchar', length: 20, default: 'none' })
  consultationStatus: ConsultationStatus;

  @Column({ name: 'skr_outcome', type: 'varchar', length: 30, nullable: true })
  skrOutcome: string | null;

  @Column({ name: 'network_decision', type: 'varchar', length: 20, nullable: true })
  networkDecision: string | null;

  @Column({ name: 'open_flags', type: 'varchar', length: 40, array: true, default: '{}' })
  openFlags: string[];

  @Column({ name: 'created_by_key_id', type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  @OneToMany(() => SurveyRound, (round) => round.survey)
  rounds?: SurveyRound[];

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
