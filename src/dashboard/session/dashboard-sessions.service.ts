import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../auth/roles';
import { DashboardSession } from './dashboard-session.entity';
import { hashToken, isTokenShaped, randomToken } from './tokens';

/** A working day at SKR: long enough not to interrupt, short enough that a lost laptop expires. */
export const SESSION_LIFETIME_SECONDS = 8 * 60 * 60;

/** The roles that may use the dashboard. */
export const DASHBOARD_ROLES: readonly string[] = ['skr', 'admin'];

export interface NewSession {
  token: string;
  csrfToken: string;
  maxAgeSeconds: number;
}

/** An actor behind an API key (not the system): sessions always belong to a key. */
export type KeyActor = Actor & { keyId: string };

export interface ActiveSession {
  id: string;
  csrfToken: string;
  actor: KeyActor;
}

interface ActiveSessionRow {
  id: string;
  csrfToken: string;
  keyId: string;
  keyName: string;
  role: Actor['role'];
}

/**
 * The join makes revocation immediate: a session is valid only while its key is unrevoked and
 * still has a dashboard role, checked on every request (not through the key cache).
 */
const ACTIVE_SESSION_SQL = `
SELECT s.id, s.csrf_token AS "csrfToken", k.id AS "keyId", k.name AS "keyName", k.role
  FROM dashboard_sessions s
  JOIN api_keys k ON k.id = s.api_key_id
 WHERE s.token_hash = $1
   AND s.expires_at > now()
   AND k.revoked_at IS NULL
   AND k.role = ANY ($2::varchar[])`;

@Injectable()
export class DashboardSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Starts a session for a verified actor; also clears sessions that have expired. */
  async create(actor: KeyActor): Promise<NewSession> {
    const token = randomToken();
    const csrfToken = randomToken();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM dashboard_sessions WHERE expires_at <= now()`);
      const session = await manager.save(
        manager.create(DashboardSession, {
          tokenHash: hashToken(token),
          apiKeyId: actor.keyId,
          csrfToken,
          expiresAt: new Date(Date.now() + SESSION_LIFETIME_SECONDS * 1000),
        }),
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'api_key',
        entityId: actor.keyId,
        action: 'dashboard.login',
        changes: { sessionId: session.id },
      });
    });
    return { token, csrfToken, maxAgeSeconds: SESSION_LIFETIME_SECONDS };
  }

  /** The session behind a cookie value, or null when it is unknown, expired or its key revoked. */
  async find(token: string | null): Promise<ActiveSession | null> {
    if (!isTokenShaped(token)) return null;
    const rows: ActiveSessionRow[] = await this.dataSource.query(ACTIVE_SESSION_SQL, [
      hashToken(token),
      DASHBOARD_ROLES,
    ]);
    const row = rows[0];
    if (!row) return null;
    return {
      id: row.id,
      csrfToken: row.csrfToken,
      actor: { keyId: row.keyId, name: row.keyName, role: row.role },
    };
  }

  async end(session: ActiveSession): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(DashboardSession, { id: session.id });
      await this.audit.record(manager, {
        actor: session.actor,
        entityType: 'api_key',
        entityId: session.actor.keyId,
        action: 'dashboard.logout',
        changes: { sessionId: session.id },
      });
    });
  }

  /** Ends a session by its cookie value without asking who it belongs to (a new login). */
  async discard(token: string | null): Promise<void> {
    if (!isTokenShaped(token)) return;
    await this.dataSource.getRepository(DashboardSession).delete({ tokenHash: hashToken(token) });
  }
}
