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
} from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import type { PersonRole } from '../auth/roles';
import { PERSON_ROLES } from '../auth/roles';
import { checkIn } from '../database/check-in';
import { Network } from '../networks/network.entity';

/**
 * A person who signs in. The e-mail is stored lower-cased (a CHECK holds it), so the unique
 * constraint makes it unique without regard to case. A `network` person belongs to exactly one
 * network, an `agency` person to exactly one agency, the others to neither.
 */
@Entity({ name: 'users' })
@Index('ix_users_network', ['networkId'])
@Index('ix_users_agency', ['agencyId'])
@Check('chk_users_role', checkIn('role', PERSON_ROLES))
@Check('chk_users_email_lower', `"email" = lower("email")`)
@Check('chk_users_network', `("role" = 'network') = ("network_id" IS NOT NULL)`)
@Check('chk_users_agency', `("role" = 'agency') = ("agency_id" IS NOT NULL)`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 320, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 20 })
  role: PersonRole;

  @Column({ name: 'network_id', type: 'uuid', nullable: true })
  networkId: string | null;

  @ManyToOne(() => Network, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'network_id' })
  network?: Network;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId: string | null;

  @ManyToOne(() => Agency, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** argon2id in PHC form; null until a password is set (invitations come later). */
  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
