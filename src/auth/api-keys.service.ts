import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ConflictError, NotFoundError, ValidationFailedError } from '../common/errors';
import { type CacheStats, GenerationCache } from '../common/generation-cache';
import { ApiKey } from './api-key.entity';
import { generateApiKey, hashApiKey, visiblePrefix } from './api-key-hash';
import { Actor, Role } from './roles';
import { distinctSourceSystems, sourceSystemsProblems } from './source-systems';

/**
 * How long a checked key is trusted without asking the database again. Revocation is
 * immediate on the instance that revokes; other instances see it within this time.
 */
const VERIFIED_KEY_TTL_MS = 5_000;

/**
 * Checked keys kept, valid or not, least recently used going first: a service has tens of
 * keys, and a client sending ever new invalid keys must not grow the memory without end.
 */
export const VERIFIED_KEY_CACHE_ENTRIES = 1_000;

export interface NewApiKey {
  name: string;
  role: Role;
  sourceSystems?: readonly string[];
}

export interface CreatedApiKey {
  apiKey: ApiKey;
  plaintext: string;
}

@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger(ApiKeysService.name);
  private readonly verified = new GenerationCache<Actor | null>(
    VERIFIED_KEY_CACHE_ENTRIES,
    VERIFIED_KEY_TTL_MS,
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(input: NewApiKey, actor: Actor, plaintext = generateApiKey()) {
    const problems = sourceSystemsProblems(input.role, input.sourceSystems);
    if (problems.length > 0) {
      throw new ValidationFailedError(
        problems.map((p) => `${p.field} ${p.problem}`).join('; '),
        problems,
      );
    }
    const { name, role } = input;
    const sourceSystems = distinctSourceSystems(input.sourceSystems);
    return this.dataSource.transaction(async (manager) => {
      const apiKey = await manager.save(
        manager.create(ApiKey, {
          name,
          role,
          sourceSystems,
          keyHash: hashApiKey(plaintext),
          keyPrefix: visiblePrefix(plaintext),
          revokedAt: null,
        }),
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'api_key',
        entityId: apiKey.id,
        action: 'api_key.created',
        changes: role === 'registrar' ? { name, role, sourceSystems } : { name, role },
      });
      return { apiKey, plaintext } satisfies CreatedApiKey;
    });
  }

  list(): Promise<ApiKey[]> {
    return this.dataSource.getRepository(ApiKey).find({ order: { createdAt: 'ASC' } });
  }

  /**
   * Revokes a key, never the last active admin key: without one nobody could create keys, and
   * BOOTSTRAP_API_KEY brings no admin back while its own key exists (revoked). The active
   * admin keys are locked first, in one order, by every revocation: of two revoking the last
   * two admins at once, the second sees the first's revocation and is refused.
   */
  async revoke(id: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const admins: { id: string }[] = await manager.query(
        `SELECT id FROM api_keys WHERE role = 'admin' AND revoked_at IS NULL ORDER BY id FOR UPDATE`,
      );
      const apiKey = await manager.findOne(ApiKey, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!apiKey) throw new NotFoundError('API key', id);
      if (apiKey.revokedAt) return;
      if (apiKey.role === 'admin' && admins.length <= 1) {
        throw new ConflictError(
          'This is the last active admin key; create another admin key before revoking it',
          'LAST_ADMIN_KEY',
        );
      }
      apiKey.revokedAt = new Date();
      await manager.save(apiKey);
      await this.audit.record(manager, {
        actor,
        entityType: 'api_key',
        entityId: id,
        action: 'api_key.revoked',
        changes: {},
      });
    });
    // After the commit: a check under way before it must not store the key as still valid.
    this.verified.invalidate();
  }

  /** The actor behind a presented key, or null when the key is unknown or revoked. */
  verify(plaintext: string): Promise<Actor | null> {
    const keyHash = hashApiKey(plaintext);
    return this.verified.get(keyHash, async () => {
      const apiKey = await this.dataSource
        .getRepository(ApiKey)
        .findOne({ where: { keyHash, revokedAt: IsNull() } });
      return apiKey ? toActor(apiKey) : null;
    });
  }

  /** Checked keys in memory now (bounded by VERIFIED_KEY_CACHE_ENTRIES). */
  get cachedKeys(): number {
    return this.verified.size;
  }

  get cacheStats(): CacheStats {
    return this.verified.stats;
  }

  /** BOOTSTRAP_API_KEY becomes an admin key only while no active admin key exists. */
  async bootstrap(plaintext: string): Promise<void> {
    const repository = this.dataSource.getRepository(ApiKey);
    const activeAdmins = await repository.count({ where: { role: 'admin', revokedAt: IsNull() } });
    if (activeAdmins > 0) return;
    const existing = await repository.findOne({ where: { keyHash: hashApiKey(plaintext) } });
    if (existing) return;
    await this.create(
      { name: 'bootstrap', role: 'admin' },
      { keyId: null, name: 'bootstrap', role: 'system' },
      plaintext,
    );
    this.logger.log('Created the bootstrap admin key from BOOTSTRAP_API_KEY');
  }
}

function toActor(apiKey: ApiKey): Actor {
  const actor: Actor = { keyId: apiKey.id, name: apiKey.name, role: apiKey.role };
  return apiKey.role === 'registrar' ? { ...actor, sourceSystems: apiKey.sourceSystems } : actor;
}
