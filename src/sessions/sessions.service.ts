import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor, PersonRole } from '../auth/roles';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { User } from '../users/user.entity';
import { needsTouch, sessionExpired, type SessionLimits } from './session-times';
import { Session } from './session.entity';
import { hashToken, isTokenShaped, randomToken } from './tokens';

/** A person acting through a session. */
export type PersonActor = Actor & {
  userId: string;
  email: string;
  role: PersonRole;
  networkId: string | null;
  agencyId: string | null;
};

export interface ActiveSession {
  id: string;
  csrfToken: string;
  actor: PersonActor;
}

export interface NewSession {
  token: string;
  csrfToken: string;
}

interface SessionRow {
  id: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  userId: string;
  name: string;
  email: string;
  role: PersonRole;
  networkId: string | null;
  agencyId: string | null;
}

/** Only an active person's session counts: deactivation shuts them out on the next request. */
const SESSION_SQL = `
SELECT s.id, s.csrf_token AS "csrfToken", s.created_at AS "createdAt",
       s.last_seen_at AS "lastSeenAt", u.id AS "userId", u.name, u.email, u.role,
       u.network_id AS "networkId", u.agency_id AS "agencyId"
  FROM sessions s
  JOIN users u ON u.id = s.user_id
 WHERE s.token_hash = $1 AND u.active`;

export function personActor(user: User): PersonActor {
  return {
    keyId: null,
    userId: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    networkId: user.networkId,
    agencyId: user.agencyId,
  };
}

@Injectable()
export class SessionsService {
  private readonly limits: SessionLimits;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.limits = {
      idleMs: config.sessionIdleMinutes * 60_000,
      absoluteMs: config.sessionAbsoluteHours * 3_600_000,
    };
  }

  /**
   * A new session with a new token for a verified person, replacing `previousToken` (the
   * browser's old session, if any): the id after sign-in is never one known before it.
   */
  async start(user: User, previousToken: string | null): Promise<NewSession> {
    const token = randomToken();
    const csrfToken = randomToken();
    const now = new Date(this.clock.now());
    await this.dataSource.transaction(async (manager) => {
      if (isTokenShaped(previousToken)) {
        await manager.delete(Session, { tokenHash: hashToken(previousToken) });
      }
      const session = await manager.save(
        manager.create(Session, {
          tokenHash: hashToken(token),
          userId: user.id,
          csrfToken,
          createdAt: now,
          lastSeenAt: now,
        }),
      );
      await manager.update('users', { id: user.id }, { lastSignInAt: now });
      await this.audit.record(manager, {
        actor: personActor(user),
        entityType: 'user',
        entityId: user.id,
        action: 'session.started',
        changes: { sessionId: session.id },
      });
    });
    return { token, csrfToken };
  }

  /** The live session behind a cookie value, or null; an expired one is deleted on the way. */
  async find(token: string | null): Promise<ActiveSession | null> {
    if (!isTokenShaped(token)) return null;
    const rows: SessionRow[] = await this.dataSource.query(SESSION_SQL, [hashToken(token)]);
    const row = rows[0];
    if (!row) return null;
    const now = this.clock.now();
    const times = { createdAt: row.createdAt.getTime(), lastSeenAt: row.lastSeenAt.getTime() };
    if (sessionExpired(times, now, this.limits)) {
      await this.dataSource.getRepository(Session).delete({ id: row.id });
      return null;
    }
    if (needsTouch(times, now)) {
      await this.dataSource.getRepository(Session).update(row.id, { lastSeenAt: new Date(now) });
    }
    return {
      id: row.id,
      csrfToken: row.csrfToken,
      actor: {
        keyId: null,
        userId: row.userId,
        name: row.name,
        email: row.email,
        role: row.role,
        networkId: row.networkId,
        agencyId: row.agencyId,
      },
    };
  }

  async end(session: ActiveSession): Promise<void> {
    await this.endWhere(session.actor, { id: session.id }, 'session.ended');
  }

  /** Signs the person out on every device. */
  async endAll(session: ActiveSession): Promise<void> {
    await this.endWhere(
      session.actor,
      { userId: session.actor.userId },
      'session.ended_everywhere',
    );
  }

  private async endWhere(
    actor: PersonActor,
    where: { id: string } | { userId: string },
    action: string,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { affected } = await manager.delete(Session, where);
      await this.audit.record(manager, {
        actor,
        entityType: 'user',
        entityId: actor.userId,
        action,
        changes: { sessions: affected ?? 0 },
      });
    });
  }
}
