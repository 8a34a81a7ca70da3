import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last reference number handed out per year; its row lock makes numbers gapless. */
@Entity({ name: 'survey_reference_counters' })
export class SurveyReferenceCounter {
  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ name: 'last_number', type: 'integer' })
  lastNumber: number;
}
