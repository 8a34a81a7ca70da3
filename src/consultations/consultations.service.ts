import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { type AuditRecord, AuditService } from '../audit/audit.service';
import type { PreparedInsert } from '../audit/prepared-insert';
import { diffFields } from '../audit/changes';
import type { Actor } from '../auth/roles';
import { NotFoundError } from '../common/errors';
import { assertVersion } from '../common/if-match';
import { insertStatement } from '../database/insert-statement';
import { FlagEngine } from '../flags/flag-engine.service';
import { OutboxService } from '../outbox/outbox.service';
import { lockSurvey } from '../surveys/survey-lock';
import { applyConsultationInput } from './consultation-input';
import { Consultation } from './consultation.entity';
import { ConsultationQueryDto } from './dto/consultation-query.dto';
import { CreateConsultationDto } from './dto/create-consultation.dto';
import { UpdateConsultationDto } from './dto/update-consultation.dto';

const AUDITED_FIELDS = [
  'requestedAt',
  'skrCaseNumber',
  'handler',
  'consultedOrganisation',
  'completedAt',
  'outcome',
  'topicsCovered',
  'note',
  'departmentHeadReviewedAt',
  'departmentHeadReviewer',
  'departmentHeadAgrees',
  'departmentHeadNote',
] as const;

function newRequest(
  manager: EntityManager,
  surveyId: string,
  input: CreateConsultationDto,
): Consultation {
  return manager.create(Consultation, {
    surveyId,
    requestedAt: new Date(input.requestedAt),
    skrCaseNumber: input.skrCaseNumber?.trim() || null,
    handler: input.handler?.trim() || null,
    consultedOrganisation: input.consultedOrganisation?.trim() || 'SKR',
    topicsCovered: [],
  });
}

function requestedEvent(consultation: Consultation, actor: Actor): AuditRecord {
  return {
    actor,
    entityType: 'consultation',
    entityId: consultation.id,
    surveyId: consultation.surveyId,
    action: 'consultation.requested',
    changes: diffFields({} as Consultation, consultation, AUDITED_FIELDS),
  };
}

@Injectable()
export class ConsultationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly flags: FlagEngine,
  ) {}

  async create(surveyKey: string, input: CreateConsultationDto, actor: Actor) {
    const id = await this.dataSource.transaction(async (manager) => {
      const survey = await lockSurvey(manager, surveyKey);
      return this.createWith(manager, survey.id, input, actor);
    });
    return this.get(id);
  }

  /** Inside a caller's transaction that holds the survey lock (registrations use it too). */
  async createWith(
    manager: EntityManager,
    surveyId: string,
    input: CreateConsultationDto,
    actor: Actor,
  ): Promise<string> {
    const consultation = await manager.save(newRequest(manager, surveyId, input));
    await this.audit.record(manager, requestedEvent(consultation, actor));
    await this.flags.refresh(manager, surveyId, actor);
    return consultation.id;
  }

  /**
   * Requests on several surveys the caller holds (or is creating), for the caller to write
   * with its other writes: the INSERT and the audit events are returned, not run (see
   * SurveysService.prepareMany); the caller runs the flag engine over the surveys
   * (FlagEngine.refreshMany).
   */
  prepareMany(
    manager: EntityManager,
    requests: readonly { surveyId: string; input: CreateConsultationDto }[],
    actor: Actor,
  ): PreparedInsert<Consultation> {
    if (requests.length === 0) return { rows: [], statements: [], audit: [] };
    const consultations = requests.map(({ surveyId, input }) => {
      const consultation = newRequest(manager, surveyId, input);
      consultation.id = randomUUID();
      return consultation;
    });
    return {
      rows: consultations,
      statements: [insertStatement(manager, Consultation, consultations)],
      audit: consultations.map((consultation) => requestedEvent(consultation, actor)),
    };
  }

  async update(
    id: string,
    input: UpdateConsultationDto,
    version: number | undefined,
    actor: Actor,
  ) {
    await this.dataSource.transaction((manager) =>
      this.updateWith(manager, id, input, version, actor),
    );
    return this.get(id);
  }

  async updateWith(
    manager: EntityManager,
    id: string,
    input: UpdateConsultationDto,
    version: number | undefined,
    actor: Actor,
  ): Promise<void> {
    const found = await manager.findOne(Consultation, { where: { id } });
    if (!found) throw new NotFoundError('Consultation', id);
    await lockSurvey(manager, found.surveyId);
    const consultation = await manager.findOneOrFail(Consultation, { where: { id } });
    assertVersion(version, consultation.version);
    const before = { ...consultation };
    applyConsultationInput(consultation, input);
    const changes = diffFields(before, consultation, AUDITED_FIELDS);
    if (Object.keys(changes).length === 0) return;
    const saved = await manager.save(consultation);
    const completedNow = !before.completedAt && saved.completedAt;
    await this.audit.record(manager, {
      actor,
      entityType: 'consultation',
      entityId: id,
      surveyId: saved.surveyId,
      action: completedNow ? 'consultation.completed' : 'consultation.updated',
      changes,
    });
    if (completedNow) {
      await this.outbox.enqueue(manager, 'consultation.completed', saved.surveyId, {
        consultationId: id,
        surveyId: saved.surveyId,
        completedAt: saved.completedAt!.toISOString(),
        outcome: saved.outcome,
        skrCaseNumber: saved.skrCaseNumber,
      });
    }
    await this.flags.refresh(manager, saved.surveyId, actor);
  }

  async get(id: string): Promise<Consultation> {
    const consultation = await this.dataSource.getRepository(Consultation).findOne({
      where: { id },
      relations: { survey: { agency: true } },
    });
    if (!consultation) throw new NotFoundError('Consultation', id);
    return consultation;
  }

  list(query: ConsultationQueryDto): Promise<[Consultation[], number]> {
    const builder = this.dataSource
      .getRepository(Consultation)
      .createQueryBuilder('consultation')
      .innerJoinAndSelect('consultation.survey', 'survey')
      .innerJoinAndSelect('survey.agency', 'agency')
      .orderBy('consultation.requested_at', 'DESC')
      .addOrderBy('consultation.id', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    if (query.outcome) builder.andWhere('consultation.outcome = :outcome', query);
    if (query.surveyId) builder.andWhere('consultation.survey_id = :surveyId', query);
    if (query.agencyId) builder.andWhere('survey.agency_id = :agencyId', query);
    if (query.from) {
      builder.andWhere(
        `consultation.requested_at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/Stockholm')`,
        query,
      );
    }
    if (query.to) {
      builder.andWhere(
        `consultation.requested_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')`,
        query,
      );
    }
    return builder.getManyAndCount();
  }
}
