import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { ValidationFailedError } from '../common/errors';
import { FlagReevaluator } from '../flags/flag-reevaluator.service';
import { BlackoutPeriod } from './blackout-period.entity';
import { CreateBlackoutPeriodDto } from './dto/create-blackout-period.dto';

@Injectable()
export class BlackoutPeriodsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reevaluator: FlagReevaluator,
  ) {}

  async create(input: CreateBlackoutPeriodDto, actor: Actor): Promise<BlackoutPeriod> {
    if (input.to < input.from) {
      throw new ValidationFailedError('to is before from', [
        { field: 'to', problem: 'must be on or after from' },
      ]);
    }
    const period = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(BlackoutPeriod, {
          from: input.from,
          to: input.to,
          reason: input.reason.trim(),
        }),
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'blackout_period',
        entityId: saved.id,
        action: 'blackout_period.created',
        changes: { from: input.from, to: input.to, reason: saved.reason },
      });
      return saved;
    });
    // Surveys already sent in the new period now break it; their flags follow.
    const affected = await this.reevaluator.surveysSentOrPlannedBetween(input.from, input.to);
    await this.reevaluator.reevaluate(affected, actor);
    return period;
  }

  list(): Promise<BlackoutPeriod[]> {
    return this.dataSource.getRepository(BlackoutPeriod).find({ order: { from: 'ASC' } });
  }
}
