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
import { checkIn } from '../database/check-in';
import { Network } from '../networks/network.entity';
import { Survey } from '../surveys/survey.entity';

export const NETWORK_DECISIONS = ['approved', 'declined', 'noted'] as const;
export type NetworkDecision = (typeof NETWORK_DECISIONS)[number];

/** A network's decision on a survey at one meeting; the latest per network counts. */
@Entity({ name: 'network_reviews' })
@Unique('uq_network_reviews_meeting', ['surveyId', 'networkId', 'meetingDate'])
@Index('ix_network_reviews_survey', ['surveyId', 'meetingDate'])
@Check('chk_network_reviews_decision', checkIn('decision', NETWORK_DECISIONS))
export class NetworkReview {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @Column({ name: 'network_id', type: 'uuid' })
  networkId: string;

  @ManyToOne(() => Network, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @Column({ name: 'meeting_date', type: 'date' })
  meetingDate: string;

  @Column({ type: 'varchar', length: 20 })
  decision: NetworkDecision;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'created_by_key_id', type: 'uuid', nullable: true })
  createdByKeyId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
