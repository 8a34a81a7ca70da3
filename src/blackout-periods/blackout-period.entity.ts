import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A period when SKR has asked agencies not to send surveys (dates inclusive). */
@Entity({ name: 'blackout_periods' })
@Check('chk_blackout_periods_range', '"to_date" >= "from_date"')
export class BlackoutPeriod {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'from_date', type: 'date' })
  from: string;

  @Column({ name: 'to_date', type: 'date' })
  to: string;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
