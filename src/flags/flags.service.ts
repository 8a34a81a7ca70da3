import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Actor, actorLabel } from '../auth/roles';
import { ConflictError, NotFoundError } from '../common/errors';
import { assertVersion } from '../common/if-match';
import { Survey } from '../surveys/survey.entity';
import { FlagQueryDto } from './dto/flag-query.dto';
import { Flag } from './flag.entity';

export interface FlagWithReference {
  flag: Flag;
  surveyReference: string;
}

@Injectable()
export class FlagsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: FlagQueryDto): Promise<[FlagWithReference[], number]> {
    const builder = this.dataSource
      .getRepository(Flag)
      .createQueryBuilder('flag')
      .innerJoin('flag.survey', 'survey')
      .addSelect(['survey.reference', 'survey.agencyId'])
      .orderBy('flag.raised_at', 'DESC')
      .addOrderBy('flag.id', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    if (query.state) builder.andWhere('flag.state = :state', { state: query.state });
    if (query.code) builder.andWhere('flag.code = :code', { code: query.code });
    if (query.surveyId)
      builder.andWhere('flag.survey_id = :surveyId', { surveyId: query.surveyId });
    if (query.agencyId)
      builder.andWhere('survey.agency_id = :agencyId', { agencyId: query.agencyId });
    const [flags, total] = await builder.getManyAndCount();
    return [flags.map((flag) => ({ flag, surveyReference: flag.survey!.reference })), total];
  }

  async get(id: string): Promise<FlagWithReference> {
    const flag = await this.dataSource
      .getRepository(Flag)
      .findOne({ where: { id }, relations: { survey: true } });
    if (!flag) throw new NotFoundError('Flag', id);
    return { flag, surveyReference: flag.survey!.reference };
  }

  /** A person's judgement that an open flag needs nothing more; it holds while the facts do. */
  async dismiss(id: string, reason: string, version: number | undefined, actor: Actor) {
    await this.dataSource.transaction(async (manager) => {
      const target = await manager.findOne(Flag, { where: { id } });
      if (!target) throw new NotFoundError('Flag', id);
      // Lock the survey first, as every writer of flags does, so the order never deadlocks.
      await manager.findOne(Survey, {
        where: { id: target.surveyId },
        lock: { mode: 'pessimistic_write' },
      });
      const flag = await manager.findOneOrFail(Flag, { where: { id } });
      assertVersion(version, flag.version);
      if (flag.state !== 'open') {
        throw new ConflictError(
          `Only an open flag can be dismissed; this one is ${flag.state}`,
          'INVALID_STATE_TRANSITION',
        );
      }
      flag.state = 'dismissed';
      flag.dismissedAt = new Date();
      flag.dismissedReason = reason.trim();
      flag.dismissedBy = actorLabel(actor);
      await manager.save(flag);
      await manager.query(
        `UPDATE surveys SET open_flags = array_remove(open_flags, $2::varchar) WHERE id = $1`,
        [flag.surveyId, flag.code],
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'flag',
        entityId: flag.id,
        surveyId: flag.surveyId,
        action: 'flag.dismissed',
        changes: { flagId: flag.id, code: flag.code, reason: flag.dismissedReason },
      });
    });
    return this.get(id);
  }
}
