import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/roles';
import { Clock } from '../common/clock';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { hashToken, isTokenShaped, randomToken } from '../sessions/tokens';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { FirstRunToken } from './first-run-token.entity';

export const FIRST_RUN_PATH = '/forsta-start';
const LINK_VALID_MS = 24 * 3_600_000;
const BOOTSTRAP: Actor = { keyId: null, name: 'bootstrap', role: 'system' };

export interface FirstAdmin {
  name: string;
  email: string;
  password: string;
}

/** The link was used, has expired, never existed, or a person exists already. */
export class FirstRunLinkInvalidError extends Error {
  constructor() {
    super('The first-run link is not valid');
  }
}

/**
 * While nobody has an account, each start either creates the administrator of
 * BOOTSTRAP_ADMIN_EMAIL/PASSWORD or issues a new one-time link (older unused links end).
 */
@Injectable()
export class FirstRunService implements OnApplicationBootstrap {
  private link: string | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.users.anyExists()) return;
    const admin = this.config.bootstrapAdmin;
    if (admin) {
      await this.users.create({ name: 'Administratör', role: 'admin', ...admin }, BOOTSTRAP);
      return;
    }
    const token = randomToken();
    await this.dataSource.transaction(async (manager) => {
      await manager.query('DELETE FROM first_run_tokens');
      await manager.insert(FirstRunToken, {
        tokenHash: hashToken(token),
        expiresAt: new Date(this.clock.now() + LINK_VALID_MS),
        usedAt: null,
      });
    });
    this.link = `${FIRST_RUN_PATH}?token=${token}`;
  }

  /** The link issued at this start, handed out once: for the start's log lines. */
  takeLink(): string | null {
    const link = this.link;
    this.link = null;
    return link;
  }

  async isUsable(token: unknown): Promise<boolean> {
    if (!isTokenShaped(token) || (await this.users.anyExists())) return false;
    const found = await this.dataSource.getRepository(FirstRunToken).findOneBy({
      tokenHash: hashToken(token),
    });
    return !!found && found.usedAt === null && found.expiresAt.getTime() > this.clock.now();
  }

  /**
   * Uses the link up (one conditional UPDATE: of two requests at once, one wins) and creates
   * the administrator. The caller has checked the input, so a refusal cannot waste the link.
   */
  async createAdmin(token: unknown, input: FirstAdmin): Promise<User> {
    if (!isTokenShaped(token) || (await this.users.anyExists()))
      throw new FirstRunLinkInvalidError();
    const now = new Date(this.clock.now());
    const used: unknown[] = await this.dataSource.query(
      `UPDATE first_run_tokens SET used_at = $2
        WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING id`,
      [hashToken(token), now],
    );
    if (this.rowCount(used) === 0) throw new FirstRunLinkInvalidError();
    return this.users.create({ ...input, role: 'admin' }, BOOTSTRAP);
  }

  /** pg answers an UPDATE … RETURNING through TypeORM as [rows, count]. */
  private rowCount(result: unknown[]): number {
    return Array.isArray(result[0]) ? (result[0] as unknown[]).length : result.length;
  }
}
