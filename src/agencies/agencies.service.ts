import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { diffFields } from '../audit/changes';
import type { Actor } from '../auth/roles';
import { ConflictError, NotFoundError } from '../common/errors';
import { assertVersion } from '../common/if-match';
import { parseOrgNumber } from '../common/org-number';
import { FlagReevaluator } from '../flags/flag-reevaluator.service';
import { Agency } from './agency.entity';
import { AgencyQueryDto } from './dto/agency-query.dto';
import { CreateAgencyDto } from './dto/create-agency.dto';
import { UpdateAgencyDto } from './dto/update-agency.dto';

const AUDITED_FIELDS = ['name', 'shortName', 'orgNumber', 'kind', 'needsReview'] as const;

@Injectable()
export class AgenciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reevaluator: FlagReevaluator,
  ) {}

  async create(input: CreateAgencyDto, actor: Actor, needsReview = false): Promise<Agency> {
    return this.dataSource.transaction((manager) =>
      this.createWith(manager, input, actor, needsReview),
    );
  }

  /** Inside a caller's transaction: registrations and reports create agencies they meet. */
  async createWith(
    manager: EntityManager,
    input: CreateAgencyDto,
    actor: Actor,
    needsReview = false,
  ): Promise<Agency> {
    const name = input.name.trim();
    await this.assertNameFree(manager, name, null);
    const orgNumber = input.orgNumber ? parseOrgNumber(input.orgNumber) : null;
    if (orgNumber) await this.assertOrgNumberFree(manager, orgNumber, null);
    const agency = await manager.save(
      manager.create(Agency, {
        name,
        shortName: input.shortName?.trim() || null,
        orgNumber,
        kind: input.kind,
        needsReview,
      }),
    );
    await this.audit.record(manager, {
      actor,
      entityType: 'agency',
      entityId: agency.id,
      action: 'agency.created',
      changes: { name: agency.name, kind: agency.kind, orgNumber, needsReview },
    });
    return agency;
  }

  async update(
    id: string,
    input: UpdateAgencyDto,
    expectedVersion: number | undefined,
    actor: Actor,
  ): Promise<Agency> {
    const before = await this.get(id);
    const updated = await this.updateFields(id, input, expectedVersion, actor);
    // Whether the ordinance binds the agency decides its surveys' consultation flags.
    if (updated.kind !== before.kind) {
      await this.reevaluator.reevaluate(await this.reevaluator.surveysOfAgency(id), actor);
    }
    return updated;
  }

  private updateFields(
    id: string,
    input: UpdateAgencyDto,
    expectedVersion: number | undefined,
    actor: Actor,
  ): Promise<Agency> {
    return this.dataSource.transaction(async (manager) => {
      const agency = await manager.findOne(Agency, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!agency) throw new NotFoundError('Agency', id);
      assertVersion(expectedVersion, agency.version);
      const before = { ...agency };
      if (input.name !== undefined) {
        agency.name = input.name.trim();
        await this.assertNameFree(manager, agency.name, id);
      }
      if (input.shortName !== undefined) agency.shortName = input.shortName?.trim() || null;
      if (input.orgNumber !== undefined) {
        agency.orgNumber = input.orgNumber ? parseOrgNumber(input.orgNumber) : null;
        if (agency.orgNumber) await this.assertOrgNumberFree(manager, agency.orgNumber, id);
      }
      if (input.kind !== undefined) agency.kind = input.kind;
      if (input.needsReview !== undefined) agency.needsReview = input.needsReview;
      const changes = diffFields(before, agency, AUDITED_FIELDS);
      if (Object.keys(changes).length === 0) return agency;
      const saved = await manager.save(agency);
      await this.audit.record(manager, {
        actor,
        entityType: 'agency',
        entityId: id,
        action: 'agency.updated',
        changes,
      });
      return saved;
    });
  }

  async get(id: string): Promise<Agency> {
    const agency = await this.dataSource.getRepository(Agency).findOne({ where: { id } });
    if (!agency) throw new NotFoundError('Agency', id);
    return agency;
  }

  async list(query: AgencyQueryDto): Promise<[Agency[], number]> {
    const builder = this.dataSource
      .getRepository(Agency)
      .createQueryBuilder('agency')
      .orderBy('agency.name', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    if (query.kind) builder.andWhere('agency.kind = :kind', { kind: query.kind });
    if (query.needsReview !== undefined) {
      builder.andWhere('agency.needs_review = :needsReview', { needsReview: query.needsReview });
    }
    if (query.q) {
      const pattern = `%${query.q.replace(/[\\%_]/g, '\\$&')}%`;
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('agency.name ILIKE :pattern', { pattern })
            .orWhere('agency.short_name ILIKE :pattern', { pattern }),
        ),
      );
    }
    return builder.getManyAndCount();
  }

  private async assertNameFree(manager: EntityManager, name: string, exceptId: string | null) {
    const clash = await manager
      .getRepository(Agency)
      .createQueryBuilder('agency')
      .where('lower(agency.name) = lower(:name)', { name })
      .andWhere(exceptId ? 'agency.id <> :exceptId' : 'TRUE', { exceptId })
      .getOne();
    if (clash) {
      throw new ConflictError(`An agency named "${clash.name}" already exists`, 'DUPLICATE', [
        { field: 'name', problem: `already used by agency ${clash.id}` },
      ]);
    }
  }

  private async assertOrgNumberFree(
    manager: EntityManager,
    orgNumber: string,
    exceptId: string | null,
  ) {
    const clash = await manager.getRepository(Agency).findOne({ where: { orgNumber } });
    if (clash && clash.id !== exceptId) {
      throw new ConflictError(
        `Organisation number ${orgNumber} belongs to ${clash.name}`,
        'DUPLICATE',
        [{ field: 'orgNumber', problem: `already used by agency ${clash.id}` }],
      );
    }
  }
}
