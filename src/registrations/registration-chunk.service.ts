import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type AuditRecord, auditInsert } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ConsultationsService } from '../consultations/consultations.service';
import { runWrites } from '../database/combined-writes';
import { FlagEngine } from '../flags/flag-engine.service';
import { lockIntakeMany } from '../intake/advisory-lock';
import { matchSettings, type MatchSettings, pickSurveyMatch } from '../intake/match-rules';
import { findSurveyCandidatesMany, similarToEarlier } from '../intake/survey-candidates';
import { SurveysService } from '../surveys/surveys.service';
import { applyTogether, type ChunkItemFacts, togetherCandidates } from './chunk-plan';
import type { CreateRegistrationDto } from './dto/create-registration.dto';
import {
  claimIdempotencyKeys,
  releaseIdempotencyKeys,
  storeAnswersStatement,
  type StoredAnswer,
} from './idempotency';
import { toRegistrationResponse } from './registration.response';
import { draftFromRegistration } from './registration-rules';
import { lockMatchedSurveys } from './matched-surveys';
import { lookUpRegistrations, saveRegistrations } from './registration-rows';
import { requestHash } from './request-hash';

export interface ChunkItem {
  input: CreateRegistrationDto;
  idempotencyKey: string;
}

/** An item of the chunk that is applied together, with what the database said about it. */
interface Together extends ChunkItem {
  position: number;
  agencyId: string;
  /** For a request, the registered survey it requests consultation on; else a new survey. */
  matchedSurveyId: string | null;
}

function naturalKey(input: CreateRegistrationDto): string {
  return JSON.stringify([input.sourceSystem, input.externalId]);
}

/**
 * A batch chunk's new registrations applied set-based: a statement per step for all of them
 * (key claims, locks, lookups, surveys, consultations, flags, registrations, answers) instead
 * of a dozen round trips per item. Which items qualify is decided in chunk-plan.ts; the
 * others are left to the caller, to be applied one by one afterwards. Runs inside the
 * chunk's transaction; the locks are those a single registration takes, in the same order
 * (registration → agency-surveys → matched surveys → reference counter), each kind in lock
 * order.
 */
@Injectable()
export class RegistrationChunk {
  private readonly matching: MatchSettings;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly surveys: SurveysService,
    private readonly consultations: ConsultationsService,
    private readonly flags: FlagEngine,
  ) {
    this.matching = matchSettings(config);
  }

  /** The answers of the items applied together; undefined for the others. */
  async applyTogether(
    manager: EntityManager,
    items: readonly ChunkItem[],
    actor: Actor & { keyId: string },
  ): Promise<(StoredAnswer | undefined)[]> {
    const together = await this.chooseTogether(manager, items, actor.keyId);
    const answers = items.map((): StoredAnswer | undefined => undefined);
    if (together.length === 0) return answers;
    const { surveyIds, consultationIds } = await this.writeSurveysAndConsultations(
      manager,
      together,
      actor,
    );
    const matchedSurveys = together.flatMap((item) => item.matchedSurveyId ?? []);
    await this.flags.refreshMany(manager, surveyIds, actor, new Date(), new Set(matchedSurveys));
    const rows = await saveRegistrations(
      manager,
      together.map((item, i) => ({
        input: item.input,
        surveyId: surveyIds[i],
        consultationId: consultationIds[i],
        appliedByKeyId: actor.keyId,
      })),
    );
    const stored = rows.map((row, i) => ({
      key: together[i].idempotencyKey,
      answer: { status: 201, body: JSON.stringify(toRegistrationResponse(row)) },
    }));
    const audit = rows.map((row, i): AuditRecord => ({
      actor,
      entityType: 'registration',
      entityId: row.id,
      surveyId: row.survey_id,
      action: 'registration.created',
      changes: {
        sourceSystem: row.source_system,
        externalId: row.external_id,
        type: row.type,
        registeredAt: new Date(together[i].input.registeredAt).toISOString(),
        consultationId: row.consultation_id,
      },
    }));
    await runWrites(manager, [auditInsert(audit), storeAnswersStatement(actor.keyId, stored)]);
    together.forEach((item, i) => (answers[item.position] = stored[i].answer));
    return answers;
  }

  /**
   * Each item's survey (the one its request matched, else a new draft) and, for a request, its
   * consultation: written in one statement with their audit events, in item order.
   */
  private async writeSurveysAndConsultations(
    manager: EntityManager,
    together: readonly Together[],
    actor: Actor,
  ): Promise<{ surveyIds: string[]; consultationIds: (string | null)[] }> {
    const surveys = await this.surveys.prepareMany(
      manager,
      together.flatMap((item) =>
        item.matchedSurveyId ? [] : [draftFromRegistration(item.agencyId, item.input.title)],
      ),
      actor,
    );
    let next = 0;
    const surveyIds = together.map((item) => item.matchedSurveyId ?? surveys.rows[next++].id);
    const requests = together.flatMap((item, i) =>
      item.input.type === 'consultation_requested' ? [{ position: i, input: item.input }] : [],
    );
    const consultations = this.consultations.prepareMany(
      manager,
      requests.map(({ position, input }) => ({
        surveyId: surveyIds[position],
        input: { requestedAt: input.registeredAt, skrCaseNumber: input.caseNumber },
      })),
      actor,
    );
    await runWrites(manager, [
      ...surveys.statements,
      ...consultations.statements,
      auditInsert([...surveys.audit, ...consultations.audit]),
    ]);
    const consultationIds = together.map((): string | null => null);
    requests.forEach(({ position }, i) => (consultationIds[position] = consultations.rows[i].id));
    return { surveyIds, consultationIds };
  }

  /** Asks the database what chunk-plan.ts needs, claiming and locking on the way. */
  private async chooseTogether(
    manager: EntityManager,
    items: readonly ChunkItem[],
    apiKeyId: string,
  ): Promise<Together[]> {
    const facts: ChunkItemFacts[] = items.map(({ input, idempotencyKey }) => ({
      type: input.type,
      hasReference: input.surveyReference !== undefined,
      idempotencyKey,
      naturalKey: naturalKey(input),
    }));
    const candidates = togetherCandidates(facts);
    const claimedKeys = await claimIdempotencyKeys(
      manager,
      apiKeyId,
      items.flatMap(({ input, idempotencyKey }, i) =>
        candidates[i] ? [{ key: idempotencyKey, requestHash: requestHash(input) }] : [],
      ),
    );
    const claimed = items.map((item, i) => candidates[i] && claimedKeys.has(item.idempotencyKey));
    if (!claimed.includes(true)) return [];
    await lockIntakeMany(
      manager,
      'registration',
      items.filter((_, i) => claimed[i]).map(({ input }) => naturalKey(input)),
    );
    const { earlier, agencyIds, reaches } = await lookUpRegistrations(
      manager,
      items.map(({ input }) => input),
    );
    const searching = items.flatMap((item, i) =>
      claimed[i] && !earlier[i] && agencyIds[i] && item.input.type === 'consultation_requested'
        ? [i]
        : [],
    );
    const matched = await this.matchExisting(manager, items, agencyIds, searching);
    const repeatsCase = await lockMatchedSurveys(
      manager,
      items.map(({ input }, i) => ({
        surveyId: matched[i],
        caseNumber: input.caseNumber?.trim() ?? null,
      })),
    );
    // Only the requests searched for tell: the others are not applied together anyway.
    const similar =
      searching.length > 0
        ? await similarToEarlier(
            manager,
            items.map(({ input }, i) => ({
              agencyId: agencyIds[i],
              title: input.title,
              around: new Date(input.registeredAt),
            })),
            this.matching,
          )
        : items.map(() => false);
    const chosen = applyTogether(facts, candidates, {
      claimed,
      earlier,
      agencyIds,
      reaches,
      matched,
      repeatsCase,
      similarToEarlier: similar,
    });
    await releaseIdempotencyKeys(
      manager,
      apiKeyId,
      items.filter((_, i) => claimed[i] && !chosen[i]).map((item) => item.idempotencyKey),
    );
    return items.flatMap((item, i) =>
      chosen[i]
        ? [{ ...item, position: i, agencyId: agencyIds[i]!, matchedSurveyId: matched[i] }]
        : [],
    );
  }

  /**
   * The registered survey of its agency that each searching request's title matches (null:
   * none, or not searching), with the agencies' surveys locked as a single request locks them
   * (held until commit).
   */
  private async matchExisting(
    manager: EntityManager,
    items: readonly ChunkItem[],
    agencyIds: readonly (string | null)[],
    searching: readonly number[],
  ): Promise<(string | null)[]> {
    const matched = items.map((): string | null => null);
    await lockIntakeMany(
      manager,
      'agency-surveys',
      searching.map((i) => agencyIds[i]!),
    );
    const candidates = await findSurveyCandidatesMany(
      manager,
      searching.map((i) => ({
        agencyId: agencyIds[i]!,
        title: items[i].input.title,
        around: new Date(items[i].input.registeredAt),
      })),
      this.matching,
    );
    searching.forEach(
      (i, n) => (matched[i] = pickSurveyMatch(candidates[n], this.matching)?.id ?? null),
    );
    return matched;
  }
}
