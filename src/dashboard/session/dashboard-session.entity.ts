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
import { ApiKey } from '../../auth/api-key.entity';

/**
 * A login to the SKR dashboard. Only the SHA-256 of the session token is stored, so a copy of
 * the table does not let anyone in. The session lives only as long as its API key: revoking or
 * deleting the key ends it.
 */
@Entity({ name: 'dashboard_sessions' })
@Index('ix_dashboard_sessions_api_key', ['apiKeyId'])
@Index('ix_dashboard_sessions_expires_at', ['expiresAt'])
@Check('chk_dashboard_sessions_expiry', '"expires_at" > "created_at"')
export class DashboardSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ name: 'api_key_id', type: 'uuid' })
  apiKeyId: string;

  @ManyToOne(() => ApiKey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'api_key_id' })
  apiKey?: ApiKey;

  /** Put into every form of the session and compared on each state-changing request. */
  @Column({ name: 'csrf_token', type: 'varchar', length: 64 })
  csrfToken: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
