import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { type AuditRecord, AuditService } from '../audit/audit.service';
import type { PreparedInsert } from '../audit/prepared-insert';
import { diffFields } from '../audit/changes';
import type { Actor } from '../auth/roles';
import {
  InvalidStateTransitionError,
  NotFoundError,
  ValidationFailedError,
} from '../common/errors';
import { assertVersion } from '../common/if-match';
import { insertStatement } from '../database/insert-statement';
import { LocalAuthoritiesService } from '../local-authorities/local-authorities.service';
import { OutboxService } from '../outbox/outbox.service';
import { CreateSurveyDto } from './dto/create-survey.dto';
import { RecordRoundDto, SendSurveyDto, WithdrawSurveyDto } from './dto/survey-actions.dto';
import { SurveyFilterDto, SurveyQueryDto } from './dto/survey-query.dto';
import { UpdateSurveyDto } from './dto/update-survey.dto';
import { checkRecipients } from './recipients';
import { AUDITED_SURVEY_FIELDS, CONSULTED_CONTENT_FIELDS } from './survey-content';
import { applySurveyInput, assertDeadlineAfterSend, assertNoNulls } from './survey-input';
import { parseSurveyKey } from './survey-key';
import { lockSurvey } from './survey-lock';
import { readSurvey } from './survey-reader';
import { allocateReference, allocateReferences } from './survey-references';
import { SurveyRound } from './survey-round.entity';
import { Survey } from './survey.entity';
import { SurveyChangeHook } from './survey-change.hook';

interface NewSurveyOptions {
  reportedFromField?: boolean;
  sentAt?: Date;
}

/** References count per year: the planned send year, else this year. */
function referenceYear(input: CreateSurveyDto): number {
  return Number((input.plannedSendDate ?? new Date().toISOString()).slice(0, 4));
}

function createdEvent(survey: Survey, actor: Actor): AuditRecord {
  return {
    actor,
    entityType: 'survey',
    entityId: survey.id,
    surveyId: survey.id,
    action: 'survey.created',
    changes: diffFields({} as Survey, survey, AUDITED_SURVEY_FIELDS),
  };
}

interface Mutation {
  action: string;
  extra?: Record<string, unknown>;
}

@Injectable()
export class SurveysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly localAuthorities: LocalAuthoritiesService,
    private readonly changeHook: SurveyChangeHook,
  ) {}

  async create(input: CreateSurveyDto, actor: Actor): Promise<Survey> {
    const id = await this.dataSource.transaction((manager) =>
      this.createWith(manager, input, actor),
    );
    return this.get(id);
  }

  /** Inside a caller's transaction (reports and registrations create surveys too). */
  async createWith(
    manager: EntityManager,
    input: CreateSurveyDto,
    actor: Actor,
    options: NewSurveyOptions & {
      /** The caller found or registered the agency in this transaction: no need to check. */
      agencyKnown?: boolean;
    } = {},
  ): Promise<string> {
    if (!options.agencyKnown) await this.assertAgencyExists(manager, input.agencyId);
    const survey = this.newSurvey(input, actor, options);
    survey.reference = await allocateReference(manager, referenceYear(input));
    const saved = await manager.save(survey);
    await this.audit.record(manager, createdEvent(saved, actor));
    await this.changeHook.surveyChanged(manager, saved, actor);
    return saved.id;
  }

  /**
   * Several new surveys of agencies the caller knows, in the order given (references too), for
   * the caller to write with its other writes: the references are allocated here (a statement
   * per year) and the ids chosen here; the INSERT and the audit events are returned, to be
   * written by the caller (the events in one INSERT with its others, in order). Their flags are
   * not evaluated: the caller runs the flag engine over them once it has added what else
   * belongs to them (FlagEngine.refreshMany).
   */
  async prepareMany(
    manager: EntityManager,
    inputs: readonly CreateSurveyDto[],
    actor: Actor,
  ): Promise<PreparedInsert<Survey>> {
    if (inputs.length === 0) return { rows: [], statements: [], audit: [] };
    const surveys = inputs.map((input) => this.newSurvey(input, actor, {}));
    surveys.forEach((survey) => (survey.id = randomUUID()));
    const yearOf = inputs.map(referenceYear);
    for (const year of [...new Set(yearOf)].sort()) {
      const ofYear = surveys.filter((_, i) => yearOf[i] === year);
      const references = await allocateReferences(manager, year, ofYear.length);
      ofYear.forEach((survey, i) => (survey.reference = references[i]));
    }
    return {
      rows: surveys,
      statements: [insertStatement(manager, Survey, surveys)],
      audit: surveys.map((survey) => createdEvent(survey, actor)),
    };
  }

  private newSurvey(input: CreateSurveyDto, actor: Actor, options: NewSurveyOptions): Survey {
    const survey = this.dataSource.manager.create(Survey, {
      recurrence: 'once',
      occurrences: 1,
      sensitiveData: false,
      status: options.sentAt ? 'sent' : 'draft',
      sentAt: options.sentAt ?? null,
      reportedFromField: options.reportedFromField ?? false,
      consultationStatus: 'none',
      openFlags: [],
      createdByKeyId: actor.keyId,
    });
    applySurveyInput(survey, input);
    this.applyRecipients(survey, input.recipientScope, input.recipientCodes);
    assertDeadlineAfterSend(survey);
    return survey;
  }

  update(key: string, input: UpdateSurveyDto, version: number | undefined, actor: Actor) {
    assertNoNulls(input);
    return this.mutate(key, version, actor, async (survey, manager) => {
      if (input.agencyId !== undefined) await this.assertAgencyExists(manager, input.agencyId);
      applySurveyInput(survey, input);
      if (input.recipientScope !== undefined || input.recipientCodes !== undefined) {
        const scope = input.recipientScope ?? survey.recipientScope;
        const codes =
          input.recipientCodes !== undefined
            ? input.recipientCodes
            : scope === 'selected'
              ? survey.recipientCodes
              : null;
        this.applyRecipients(survey, scope, codes);
      }
      assertDeadlineAfterSend(survey);
      return { action: 'survey.updated' };
    });
  }

  send(key: string, input: SendSurveyDto, version: number | undefined, actor: Actor) {
    return this.mutate(key, version, actor, async (survey, manager) => {
      if (survey.status !== 'draft') throw new InvalidStateTransitionError('send', survey.status);
      survey.status = 'sent';
      survey.sentAt = input.sentAt ? new Date(input.sentAt) : new Date();
      assertDeadlineAfterSend(survey);
      await this.outbox.enqueue(manager, 'survey.sent', survey.id, {
        surveyId: survey.id,
        reference: survey.reference,
        sentAt: survey.sentAt.toISOString(),
      });
      return { action: 'survey.sent' };
    });
  }

  withdraw(key: string, input: WithdrawSurveyDto, version: number | undefined, actor: Actor) {
    return this.mutate(key, version, actor, async (survey) => {
      if (survey.status !== 'draft')
        throw new InvalidStateTransitionError('withdraw', survey.status);
      survey.status = 'withdrawn';
      survey.withdrawnAt = input.withdrawnAt ? new Date(input.withdrawnAt) : new Date();
      survey.withdrawnReason = input.reason.trim();
      survey.replacedByExistingData = input.replacedByExistingData ?? null;
      return { action: 'survey.withdrawn' };
    });
  }

  close(key: string, version: number | undefined, actor: Actor) {
    return this.mutate(key, version, actor, async (survey) => {
      if (survey.status !== 'sent') throw new InvalidStateTransitionError('close', survey.status);
      survey.status = 'closed';
      survey.closedAt = new Date();
      return { action: 'survey.closed' };
    });
  }

  recordRound(key: string, input: RecordRoundDto, version: number | undefined, actor: Actor) {
    return this.mutate(key, version, actor, async (survey, manager) => {
      if (survey.status !== 'sent' && survey.status !== 'closed') {
        throw new InvalidStateTransitionError('record a round of', survey.status);
      }
      if (input.responses > survey.recipientCount) {
        throw new ValidationFailedError(
          `responses (${input.responses}) exceeds the survey's ${survey.recipientCount} recipients`,
          [{ field: 'responses', problem: `must be at most ${survey.recipientCount}` }],
        );
      }
      const round = await manager.save(
        manager.create(SurveyRound, {
          surveyId: survey.id,
          sentAt: new Date(input.sentAt),
          responses: input.responses,
        }),
      );
      return {
        action: 'survey.round_recorded',
        extra: { round: { id: round.id, sentAt: input.sentAt, responses: input.responses } },
      };
    });
  }

  async get(key: string): Promise<Survey> {
    const survey = await readSurvey(this.dataSource, parseSurveyKey(key));
    if (!survey) throw new NotFoundError('Survey', key);
    return survey;
  }

  async list(query: SurveyQueryDto): Promise<[Survey[], number]> {
    const builder = this.filtered(query)
      .leftJoinAndSelect('survey.rounds', 'round')
      .orderBy('survey.created_at', 'DESC')
      .addOrderBy('survey.id', 'ASC')
      .take(query.limit)
      .skip(query.offset);
    return builder.getManyAndCount();
  }

  /** The list filters as a query, shared by the list and the export. */
  filtered(filter: SurveyFilterDto) {
    const builder = this.dataSource
      .getRepository(Survey)
      .createQueryBuilder('survey')
      .innerJoinAndSelect('survey.agency', 'agency');
    if (filter.status) builder.andWhere('survey.status = :status', { status: filter.status });
    if (filter.agencyId) builder.andWhere('survey.agency_id = :agencyId', filter);
    if (filter.flag) builder.andWhere(':flag = ANY(survey.open_flags)', { flag: filter.flag });
    if (filter.sentFrom) {
      builder.andWhere(
        `survey.sent_at >= (CAST(:sentFrom AS date)::timestamp AT TIME ZONE 'Europe/Stockholm')`,
        filter,
      );
    }
    if (filter.sentTo) {
      builder.andWhere(
        `survey.sent_at < ((CAST(:sentTo AS date) + 1)::timestamp AT TIME ZONE 'Europe/Stockholm')`,
        filter,
      );
    }
    if (filter.q) {
      const pattern = `%${filter.q.replace(/[\\%_]/g, '\\$&')}%`;
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('survey.title ILIKE :pattern', { pattern })
            .orWhere('survey.reference ILIKE :pattern')
            .orWhere('agency.name ILIKE :pattern')
            .orWhere('agency.short_name ILIKE :pattern'),
        ),
      );
    }
    return builder;
  }

  /**
   * One change to one survey: lock it, check the version the client saw, apply, save, and
   * write the audit event and the flag evaluation in the same transaction.
   */
  private async mutate(
    key: string,
    expectedVersion: number | undefined,
    actor: Actor,
    change: (survey: Survey, manager: EntityManager) => Promise<Mutation>,
  ): Promise<Survey> {
    const id = await this.dataSource.transaction(async (manager) => {
      const survey = await lockSurvey(manager, key);
      assertVersion(expectedVersion, survey.version);
      const before = { ...survey };
      const { action, extra } = await change(survey, manager);
      const changes = diffFields(before, survey, AUDITED_SURVEY_FIELDS);
      if (Object.keys(diffFields(before, survey, CONSULTED_CONTENT_FIELDS)).length > 0) {
        survey.contentChangedAt = new Date();
      }
      if (Object.keys(changes).length === 0 && !extra) return survey.id;
      survey.updatedAt = new Date();
      const saved = await manager.save(survey);
      await this.audit.record(manager, {
        actor,
        entityType: 'survey',
        entityId: survey.id,
        surveyId: survey.id,
        action,
        changes: { ...changes, ...extra },
      });
      await this.changeHook.surveyChanged(manager, saved, actor);
      return survey.id;
    });
    return this.get(id);
  }

  private applyRecipients(
    survey: Survey,
    scope: Survey['recipientScope'],
    codes: readonly string[] | null | undefined,
  ): void {
    const check = checkRecipients(
      scope,
      codes,
      {
        municipalities: this.localAuthorities.count('municipality'),
        regions: this.localAuthorities.count('region'),
      },
      (candidates) => this.localAuthorities.unknownCodes(candidates),
    );
    if (check.problems.length > 0) {
      throw new ValidationFailedError(
        check.problems.map((p) => `${p.field} ${p.problem}`).join('; '),
        check.problems,
      );
    }
    survey.recipientScope = scope;
    survey.recipientCodes = check.codes;
    survey.recipientCount = check.count;
  }

  private async assertAgencyExists(manager: EntityManager, agencyId: string): Promise<void> {
    const exists = await manager.exists(Agency, { where: { id: agencyId } });
    if (!exists) {
      throw new ValidationFailedError(`agencyId ${agencyId} is not a registered agency`, [
        { field: 'agencyId', problem: 'no agency with this id' },
      ]);
    }
  }
}
