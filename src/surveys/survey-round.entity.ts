import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

import { Survey } from './survey.entity';

/** One round of a recurring collection, with how many authorities actually answered. */
@Entity({ name: 'survey_rounds' })
@Index('ix_survey_rounds_survey_sent_at', ['surveyId', 'sentAt'])
@Index('ix_survey_rounds_sent_at', ['sentAt'])
@Check('chk_survey_rounds_responses', '"responses" >= 0')
export class SurveyRound {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, (survey) => survey.rounds, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @Column({ type: 'integer' })
  responses: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
