import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When a scheduled job last started, so that one instance among several runs it per period. */
@Entity({ name: 'job_runs' })
export class JobRun {
  @PrimaryColumn({ type: 'varchar', length: 60 })
  name: string;

  @Column({ name: 'last_started_at', type: 'timestamptz' })
  lastStartedAt: Date;
}
