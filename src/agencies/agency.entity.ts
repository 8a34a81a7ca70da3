import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { checkIn } from '../database/check-in';
import { AGENCY_KINDS, type AgencyKind } from './agency-kind';

@Entity({ name: 'agencies' })
@Index('ux_agencies_name', { synchronize: false })
@Check('chk_agencies_kind', checkIn('kind', AGENCY_KINDS))
export class Agency {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ name: 'short_name', type: 'varchar', length: 50, nullable: true })
  shortName: string | null;

  @Column({ name: 'org_number', type: 'char', length: 11, nullable: true, unique: true })
  orgNumber: string | null;

  @Column({ type: 'varchar', length: 20 })
  kind: AgencyKind;

  /** Created from a registration or report rather than by SKR; someone should check it. */
  @Column({ name: 'needs_review', type: 'boolean', default: false })
  needsReview: boolean;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
