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
import { LocalAuthority } from '../local-authorities/local-authority.entity';
import { Survey } from '../surveys/survey.entity';

/**
 * A municipality or region telling SKR that a survey arrived (a network member's report).
 * One per survey and authority: a second report of the same survey adds nothing new.
 */
@Entity({ name: 'field_reports' })
@Unique('uq_field_reports_survey_authority', ['surveyId', 'localAuthorityCode'])
@Index('ix_field_reports_authority', ['localAuthorityCode', 'receivedAt'])
export class FieldReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @Column({ name: 'local_authority_code', type: 'varchar', length: 4 })
  localAuthorityCode: string;

  @ManyToOne(() => LocalAuthority, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'local_authority_code' })
  localAuthority?: LocalAuthority;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  /** The title as the authority reported it; matching compares new reports with it too. */
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'cover_letter_text', type: 'text', nullable: true })
  coverLetterText: string | null;

  @Column({ name: 'reported_by_key_id', type: 'uuid', nullable: true })
  reportedByKeyId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
