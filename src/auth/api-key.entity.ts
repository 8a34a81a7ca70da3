import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { checkIn } from '../database/check-in';
import { type Role, ROLES } from './roles';

@Entity({ name: 'api_keys' })
@Check('chk_api_keys_role', checkIn('role', ROLES))
@Check('chk_api_keys_source_systems', `"role" = 'registrar' OR cardinality("source_systems") = 0`)
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /**
   * The registrar systems whose registrations a registrar key reads and writes; empty for
   * other roles (and for a registrar key from before the binding that had never been used).
   */
  @Column({ name: 'source_systems', type: 'varchar', length: 100, array: true, default: '{}' })
  sourceSystems: string[];

  /** SHA-256 of the key: keys are 256 random bits, so a slow hash adds nothing. */
  @Column({ name: 'key_hash', type: 'char', length: 64, unique: true })
  keyHash: string;

  /** The first characters of the key, so people can tell their keys apart. */
  @Column({ name: 'key_prefix', type: 'varchar', length: 16 })
  keyPrefix: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
