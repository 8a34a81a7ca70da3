import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { checkIn } from '../database/check-in';
import { Survey } from '../surveys/survey.entity';
import {
  CONSULTATION_OUTCOMES,
  type ConsultationOutcome,
  type ConsultationTopic,
} from './consultation-enums';

/** One consultation (samråd) of a survey with SKR under SFS 1982:668 §3. */
@Entity({ name: 'consultations' })
@Index('ix_consultations_survey', ['surveyId', 'requestedAt'])
@Index('ix_consultations_requested_at', ['requestedAt'])
@Index('ix_consultations_case_number', ['skrCaseNumber', 'requestedAt'])
@Check('chk_consultations_outcome', checkIn('outcome', CONSULTATION_OUTCOMES, true))
@Check(
  'chk_consultations_completion',
  '("completed_at" IS NULL) = ("outcome" IS NULL) AND ("completed_at" IS NULL OR "completed_at" >= "requested_at")',
)
export class Consultation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  /** Usually SKR; the ordinance also names others (NNR for surveys to businesses). */
  @Column({ name: 'consulted_organisation', type: 'varchar', length: 100, default: 'SKR' })
  consultedOrganisation: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'skr_case_number', type: 'varchar', length: 50, nullable: true })
  skrCaseNumber: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  handler: string | null;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  outcome: ConsultationOutcome | null;

  @Column({ name: 'topics_covered', type: 'varchar', length: 30, array: true, default: '{}' })
  topicsCovered: ConsultationTopic[];

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'department_head_reviewed_at', type: 'timestamptz', nullable: true })
  departmentHeadReviewedAt: Date | null;

  @Column({ name: 'department_head_reviewer', type: 'varchar', length: 200, nullable: true })
  departmentHeadReviewer: string | null;

  @Column({ name: 'department_head_agrees', type: 'boolean', nullable: true })
  departmentHeadAgrees: boolean | null;

  @Column({ name: 'department_head_note', type: 'text', nullable: true })
  departmentHeadNote: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
