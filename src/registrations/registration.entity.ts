import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Consultation } from '../consultations/consultation.entity';
import {
  CONSULTATION_OUTCOMES,
  type ConsultationOutcome,
} from '../consultations/consultation-enums';
import { checkIn } from '../database/check-in';
import { Survey } from '../surveys/survey.entity';
import { REGISTRATION_TYPES, type RegistrationType } from './registration-types';

/**
 * A registrar system's record (diarium case) as last applied. `sourceSystem` + `externalId`
 * is the registrar's own key: a later registration with it updates this row and the survey or
 * consultation it points to, never adds another.
 */
@Entity({ name: 'registrations' })
@Unique('uq_registrations_natural_key', ['sourceSystem', 'externalId'])
@Index('ix_registrations_applied_at', ['appliedAt'])
@Index('ix_registrations_source_applied_at', ['sourceSystem', 'appliedAt'])
@Check('chk_registrations_type', checkIn('type', REGISTRATION_TYPES))
@Check('chk_registrations_decision', checkIn('decision', CONSULTATION_OUTCOMES, true))
export class Registration {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'source_system', type: 'varchar', length: 100 })
  sourceSystem: string;

  @Column({ name: 'external_id', type: 'varchar', length: 200 })
  externalId: string;

  @Column({ type: 'varchar', length: 30 })
  type: RegistrationType;

  @Column({ name: 'registered_at', type: 'timestamptz' })
  registeredAt: Date;

  @Column({ name: 'agency_name', type: 'varchar', length: 200 })
  agencyName: string;

  @Column({ name: 'agency_org_number', type: 'char', length: 11, nullable: true })
  agencyOrgNumber: string | null;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'case_number', type: 'varchar', length: 50, nullable: true })
  caseNumber: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  decision: ConsultationOutcome | null;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @Column({ name: 'consultation_id', type: 'uuid', nullable: true })
  consultationId: string | null;

  @ManyToOne(() => Consultation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'consultation_id' })
  consultation?: Consultation;

  @Column({ name: 'applied_by_key_id', type: 'uuid', nullable: true })
  appliedByKeyId: string | null;

  /** When this registration (or the latest one with its key) was applied. */
  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
