import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { NotFoundError, ValidationFailedError, type FieldProblem } from '../common/errors';
import type { PageQueryDto } from '../common/pagination';
import { Session } from '../sessions/session.entity';
import type { CreateUserDto } from './dto/create-user.dto';
import type { UpdateUserDto } from './dto/update-user.dto';
import { PasswordHasher } from './password/password-hasher';
import { passwordProblem } from './password/password-rules';
import { bindingProblems } from './user-binding';
import { User } from './user.entity';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function refuse(problems: FieldProblem[]): never {
  throw new ValidationFailedError(
    problems.map((p) => `${p.field} ${p.problem}`).join('; '),
    problems,
  );
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly passwords: PasswordHasher,
  ) {}

  async create(input: CreateUserDto, actor: Actor): Promise<User> {
    const email = normaliseEmail(input.email);
    const name = input.name.trim();
    const problems = bindingProblems(input);
    const weak =
      input.password === undefined ? null : passwordProblem(input.password, { email, name });
    if (weak) problems.push({ field: 'password', problem: weak });
    if (problems.length > 0) refuse(problems);
    const passwordHash =
      input.password === undefined ? null : await this.passwords.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.save(
        manager.create(User, {
          name,
          email,
          role: input.role,
          networkId: input.networkId ?? null,
          agencyId: input.agencyId ?? null,
          active: true,
          passwordHash,
          lastSignInAt: null,
        }),
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'user',
        entityId: user.id,
        action: 'user.created',
        changes: {
          name,
          email,
          role: user.role,
          networkId: user.networkId,
          agencyId: user.agencyId,
        },
      });
      return user;
    });
  }

  list(query: PageQueryDto): Promise<[User[], number]> {
    return this.dataSource
      .getRepository(User)
      .findAndCount({ order: { email: 'ASC' }, take: query.limit, skip: query.offset });
  }

  async get(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  /** Deactivating ends every session of the person in the same transaction: at once. */
  async update(id: string, input: UpdateUserDto, actor: Actor): Promise<User> {
    const before = await this.get(id);
    const name = input.name?.trim() ?? before.name;
    if (input.password !== undefined) {
      const weak = passwordProblem(input.password, { email: before.email, name });
      if (weak) refuse([{ field: 'password', problem: weak }]);
    }
    const passwordHash =
      input.password === undefined
        ? before.passwordHash
        : await this.passwords.hash(input.password);
    return this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, id);
      const active = input.active ?? user.active;
      const changes: Record<string, unknown> = {};
      if (name !== user.name) changes.name = { from: user.name, to: name };
      if (active !== user.active) changes.active = { from: user.active, to: active };
      if (input.password !== undefined) changes.password = 'changed';
      Object.assign(user, { name, active, passwordHash });
      const saved = await manager.save(user);
      // A new password or a deactivation must shut out whoever holds an old session.
      if (!active || input.password !== undefined) {
        await manager.delete(Session, { userId: id });
      }
      if (Object.keys(changes).length > 0) {
        await this.audit.record(manager, {
          actor,
          entityType: 'user',
          entityId: id,
          action: 'user.updated',
          changes,
        });
      }
      return saved;
    });
  }

  /** The account behind an e-mail for signing in, whatever the case typed. */
  findByEmail(email: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ email: normaliseEmail(email) });
  }

  async anyExists(): Promise<boolean> {
    return (await this.dataSource.getRepository(User).count({ take: 1 })) > 0;
  }

  private async lockUser(manager: EntityManager, id: string): Promise<User> {
    const user = await manager.findOne(User, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }
}
