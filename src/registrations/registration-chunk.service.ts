import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { auditInsert } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { ConsultationsService } from '../consultations/consultations.service';
import { runWrites } from '../database/combined-writes';
import { FlagEngine } from '../flags/flag-engine.service';
import { SurveysService } from '../surveys/surveys.service';
import { type ChunkItem, ChunkChooser, type Together } from './chunk-chooser.service';
import { storeAnswersStatement, type StoredAnswer } from './idempotency';
import { toRegistrationResponse } from './registration.response';
import { draftFromRegistration } from './registration-rules';
import { registrationEvent, saveRegistrations } from './registration-rows';

/**
 * A batch chunk's new registrations applied set-based: a statement per step for all of them
 * (key claims, locks, lookups, surveys, consultations, flags, registrations, answers) instead
 * of a dozen round trips per item. Which items qualify is decided by ChunkChooser
 * (chunk-plan.ts); the others are left to the caller, to be applied one by one afterwards.
 * Runs inside the chunk's transaction; the locks are those a single registration takes, in
 * the same order (registration → agency-surveys → matched surveys → reference counter), each
 * kind in lock order.
 */
@Injectable()
export class RegistrationChunk {
  constructor(
    private readonly chooser: ChunkChooser,
    private readonly surveys: SurveysService,
    private readonly consultations: ConsultationsService,
    private readonly flags: FlagEngine,
  ) {}

  /** The answers of the items applied together; undefined for the others. */
  async applyTogether(
    manager: EntityManager,
    items: readonly ChunkItem[],
    actor: Actor & { keyId: string },
  ): Promise<(StoredAnswer | undefined)[]> {
    const together = await this.chooser.chooseTogether(manager, items, actor.keyId);
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
    const audit = rows.map((row, i) =>
      registrationEvent(actor, row, new Date(together[i].input.registeredAt), true),
    );
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
}
