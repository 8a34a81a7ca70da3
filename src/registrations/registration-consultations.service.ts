import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { diffFields } from '../audit/changes';
import { ValidationFailedError } from '../common/errors';
import { Consultation } from '../consultations/consultation.entity';
import { ConsultationsService } from '../consultations/consultations.service';
import { FlagEngine } from '../flags/flag-engine.service';
import { lockSurvey } from '../surveys/survey-lock';
import { nothingToDecide, type RegistrationContext } from './registration-context';
import { chooseConsultation, type RegistrationPlan } from './registration-rules';

const AUDITED_REQUEST_FIELDS = ['requestedAt', 'skrCaseNumber'] as const;

/** What a registration does to the consultations of its survey. */
@Injectable()
export class RegistrationConsultations {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly flags: FlagEngine,
    private readonly audit: AuditService,
  ) {}

  /** The consultation the registration is about, after applying it (null: none). */
  async apply(
    context: RegistrationContext,
    plan: RegistrationPlan,
    surveyId: string,
  ): Promise<string | null> {
    const { manager, input, earlier } = context;
    const sameSurvey = earlier?.surveyId === surveyId;
    if (plan.consultation === 'none') return sameSurvey ? earlier!.consultationId : null;
    await lockSurvey(manager, surveyId);
    const candidates = await manager.find(Consultation, { where: { surveyId } });
    const chosen = chooseConsultation(candidates, {
      earlierId: sameSurvey ? (earlier?.consultationId ?? null) : null,
      caseNumber: input.caseNumber?.trim() ?? null,
      orLatest: plan.consultation === 'decide',
    });
    if (plan.consultation === 'decide') {
      if (!chosen) throw nothingToDecide(input);
      await this.consultations.updateWith(
        manager,
        chosen.id,
        {
          completedAt: input.registeredAt,
          outcome: input.decision,
          ...(input.caseNumber ? { skrCaseNumber: input.caseNumber } : {}),
        },
        undefined,
        context.actor,
      );
      return chosen.id;
    }
    if (chosen) {
      await this.reRequest(
        context,
        candidates.find((c) => c.id === chosen.id)!,
      );
      return chosen.id;
    }
    return this.consultations.createWith(
      manager,
      surveyId,
      { requestedAt: input.registeredAt, skrCaseNumber: input.caseNumber },
      context.actor,
    );
  }

  /** The request registered again: its date and case number are the registrar's latest. */
  private async reRequest(context: RegistrationContext, consultation: Consultation): Promise<void> {
    const { manager, input, actor } = context;
    const before = { ...consultation };
    consultation.requestedAt = context.registeredAt;
    if (input.caseNumber) consultation.skrCaseNumber = input.caseNumber.trim();
    const changes = diffFields(before, consultation, AUDITED_REQUEST_FIELDS);
    if (Object.keys(changes).length === 0) return;
    if (consultation.completedAt && consultation.completedAt < consultation.requestedAt) {
      throw new ValidationFailedError('registeredAt is after the decision on this consultation', [
        { field: 'registeredAt', problem: 'must not be after the consultation was completed' },
      ]);
    }
    await manager.save(consultation);
    await this.audit.record(manager, {
      actor,
      entityType: 'consultation',
      entityId: consultation.id,
      surveyId: consultation.surveyId,
      action: 'consultation.updated',
      changes,
    });
    await this.flags.refresh(manager, consultation.surveyId, actor);
  }
}
