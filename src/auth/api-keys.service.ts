import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { NotFoundError } from '../common/errors';
import { ApiKey } from './api-key.entity';
import { generateApiKey, hashApiKey, visiblePrefix } from './api-key-hash';
import { Actor, Role } from './roles';

/**
 * How long a verified key is trusted without asking the database again. Revocation is
 * immediate on the instance that revokes; other instances see it within this time.
 */
const VERIFIED_KEY_TTL_MS = 5_000;

interface CachedActor {
  actor: Actor | null;
  expiresAt: number;
}

export interface CreatedApiKey {
  apiKey: ApiKey;
  plaintext: string;
}

@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger(ApiKeysService.name);
  private readonly verified = new Map<string, CachedActor>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(name: string, role: Role, actor: Actor, plaintext = generateApiKey()) {
    return this.dataSource.transaction(async (manager) => {
      const apiKey = await manager.save(
        manager.create(ApiKey, {
          name,
          role,
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
        changes: { name, role },
      });
      return { apiKey, plaintext } satisfies CreatedApiKey;
    });
  }

  list(): Promise<ApiKey[]> {
    return this.dataSource.getRepository(ApiKey).find({ order: { createdAt: 'ASC' } });
  }

  async revoke(id: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const apiKey = await manager.findOne(ApiKey, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!apiKey) throw new NotFoundError('API key', id);
      if (apiKey.revokedAt) return;
      apiKey.revokedAt = new Date();
      await manager.save(apiKey);
      await this.audit.record(manager, {
        actor,
        entityType: 'api_key',
        entityId: id,
        action: 'api_key.revoked',
        changes: {},
      });
      this.verified.delete(apiKey.keyHash);
    });
  }

  /** The actor behind a presented key, or null when the key is unknown or revoked. */
  async verify(plaintext: string): Promise<Actor | null> {
    const keyHash = hashApiKey(plaintext);
    const cached = this.verified.get(keyHash);
    if (cached && cached.expiresAt > Date.now()) return cached.actor;
    const apiKey = await this.dataSource
      .getRepository(ApiKey)
      .findOne({ where: { keyHash, revokedAt: IsNull() } });
    const actor: Actor | null = apiKey
      ? { keyId: apiKey.id, name: apiKey.name, role: apiKey.role }
      : null;
    this.verified.set(keyHash, { actor, expiresAt: Date.now() + VERIFIED_KEY_TTL_MS });
    return actor;
  }

  /** BOOTSTRAP_API_KEY becomes an admin key only while no active admin key exists. */
  async bootstrap(plaintext: string): Promise<void> {
    const repository = this.dataSource.getRepository(ApiKey);
    const activeAdmins = await repository.count({ where: { role: 'admin', revokedAt: IsNull() } });
    if (activeAdmins > 0) return;
    const existing = await repository.findOne({ where: { keyHash: hashApiKey(plaintext) } });
    if (existing) return;
    await this.create(
      'bootstrap',
      'admin',
      { keyId: null, name: 'bootstrap', role: 'system' },
      plaintext,
    );
    this.logger.log('Created the bootstrap admin key from BOOTSTRAP_API_KEY');
  }
}
