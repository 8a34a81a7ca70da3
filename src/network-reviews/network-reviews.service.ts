import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { ConflictError, ValidationFailedError } from '../common/errors';
import { FlagEngine } from '../flags/flag-engine.service';
import { Network } from '../networks/network.entity';
import { OutboxService } from '../outbox/outbox.service';
import { lockSurvey } from '../surveys/survey-lock';
import { CreateNetworkReviewDto } from './dto/create-network-review.dto';
import { NetworkReview } from './network-review.entity';

@Injectable()
export class NetworkReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly flags: FlagEngine,
  ) {}

  async create(surveyKey: string, input: CreateNetworkReviewDto, actor: Actor) {
    const id = await this.dataSource.transaction(async (manager) => {
      const survey = await lockSurvey(manager, surveyKey);
      const network = await manager.findOne(Network, { where: { id: input.networkId } });
      if (!network) {
        throw new ValidationFailedError(
          `networkId ${input.networkId} is not a registered network`,
          [{ field: 'networkId', problem: 'no network with this id' }],
        );
      }
      const clash = await manager.exists(NetworkReview, {
        where: { surveyId: survey.id, networkId: network.id, meetingDate: input.meetingDate },
      });
      if (clash) {
        throw new ConflictError(
          `${network.name} already recorded a decision on this survey at its meeting ${input.meetingDate}`,
          'DUPLICATE',
        );
      }
      const review = await manager.save(
        manager.create(NetworkReview, {
          surveyId: survey.id,
          networkId: network.id,
          meetingDate: input.meetingDate,
          decision: input.decision,
          note: input.note?.trim() || null,
          createdByKeyId: actor.keyId,
        }),
      );
      const details = {
        reviewId: review.id,
        networkId: network.id,
        networkName: network.name,
        meetingDate: input.meetingDate,
        decision: input.decision,
      };
      await this.audit.record(manager, {
        actor,
        entityType: 'network_review',
        entityId: review.id,
        surveyId: survey.id,
        action: 'network_review.recorded',
        changes: details,
      });
      await this.outbox.enqueue(manager, 'network_review.recorded', survey.id, {
        ...details,
        surveyId: survey.id,
        surveyReference: survey.reference,
      });
      await this.flags.refresh(manager, survey.id, actor);
      return review.id;
    });
    return this.dataSource
      .getRepository(NetworkReview)
      .findOneOrFail({ where: { id }, relations: { network: true } });
  }

  forSurvey(surveyId: string): Promise<NetworkReview[]> {
    return this.dataSource.getRepository(NetworkReview).find({
      where: { surveyId },
      relations: { network: true },
      order: { meetingDate: 'ASC', createdAt: 'ASC' },
    });
  }
}
