import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type AuditRecord } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { ValidationFailedError } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { lockIntake } from '../intake/advisory-lock';
import { AgencyIntake } from '../intake/agency-intake.service';
import { matchSettings, type MatchSettings, pickSurveyMatch } from '../intake/match-rules';
import { findSurveyCandidates } from '../intake/survey-candidates';
import { SurveyWriter } from '../intake/survey-writer.service';
import { lockSurvey } from '../surveys/survey-lock';
import { SurveysService } from '../surveys/surveys.service';
import { CreateRegistrationDto } from './dto/create-registration.dto';
import {
  type EarlierRegistration,
  nothingToDecide,
  type RegistrationContext,
} from './registration-context';
import { RegistrationConsultations } from './registration-consultations.service';
import { type RegistrationRow } from './registration.response';
import { naturalKey, registrationEvent, saveRegistrations } from './registration-rows';
import {
  draftFromRegistration,
  planRegistration,
  type RegistrationPlan,
  type SurveyLookup,
} from './registration-rules';

export interface AppliedRegistration {
  row: RegistrationRow;
  /** false: an earlier registration with the same sourceSystem + externalId was updated. */
  created: boolean;
  /**
   * The registration's own audit event, still to be written in the same transaction: the
   * caller writes it together with the answer it stores (one round trip).
   */
  audit: AuditRecord;
}

/**
 * Applies one registration to surveys and consultations inside the caller's transaction; the
 * registration's audit event is returned for the caller to write.
 */
@Injectable()
export class RegistrationApplier {
  private readonly matching: MatchSettings;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly surveys: SurveysService,
    private readonly consultationsOf: RegistrationConsultations,
    private readonly agencyIntake: AgencyIntake,
    private readonly writer: SurveyWriter,
  ) {
    this.matching = matchSettings(config);
  }

  async apply(
    manager: EntityManager,
    input: CreateRegistrationDto,
    actor: Actor,
  ): Promise<AppliedRegistration> {
    // Registrations with one natural key apply one after the other, whatever their keys.
    await lockIntake(manager, 'registration', naturalKey(input));
    const previous: EarlierRegistration[] = await manager.query(
      `SELECT survey_id AS "surveyId", consultation_id AS "consultationId" FROM registrations
        WHERE source_system = $1 AND external_id = $2`,
      [input.sourceSystem, input.externalId],
    );
    const earlier = previous[0] ?? null;
    const context: RegistrationContext = {
      manager,
      input,
      registeredAt: new Date(input.registeredAt),
      earlier,
      actor,
    };
    const plan = planRegistration(input.type);
    const found = await this.locateSurvey(context, plan);
    const surveyId = found ?? (await this.register(context, plan));
    if (found && plan.setsTitle) await this.retitle(context, found);
    const consultationId = await this.consultationsOf.apply(context, plan, surveyId);
    const row = await this.saveRegistration(context, surveyId, consultationId);
    const audit = registrationEvent(actor, row, context.registeredAt, earlier === null);
    return { row, created: earlier === null, audit };
  }

  private async locateSurvey(
    context: RegistrationContext,
    plan: RegistrationPlan,
  ): Promise<string | null> {
    for (const lookup of plan.surveyLookups) {
      const surveyId = await this.lookUp(context, lookup);
      if (surveyId) return surveyId;
    }
    return null;
  }

  private async lookUp(context: RegistrationContext, lookup: SurveyLookup): Promise<string | null> {
    const { manager, input, earlier } = context;
    switch (lookup) {
      case 'reference':
        return input.surveyReference ? this.byReference(manager, input.surveyReference) : null;
      case 'earlier_registration':
        return earlier?.surveyId ?? null;
      case 'case_number': {
        if (!input.caseNumber) return null;
        const rows: { survey_id: string }[] = await manager.query(
          `SELECT survey_id FROM consultations WHERE skr_case_number = $1
            ORDER BY requested_at DESC LIMIT 1`,
          [input.caseNumber.trim()],
        );
        return rows[0]?.survey_id ?? null;
      }
      case 'similar_title': {
        const agencyId = await this.agencyOf(context);
        // Held until commit: a registration that finds nothing registers the draft it missed.
        await lockIntake(manager, 'agency-surveys', agencyId);
        const candidates = await findSurveyCandidates(
          manager,
          { agencyId, title: input.title, around: context.registeredAt },
          this.matching,
        );
        return pickSurveyMatch(candidates, this.matching)?.id ?? null;
      }
    }
  }

  private async byReference(manager: EntityManager, reference: string): Promise<string> {
    const rows: { id: string }[] = await manager.query(
      'SELECT id FROM surveys WHERE reference = $1',
      [reference.toUpperCase()],
    );
    if (rows.length === 0) {
      throw new ValidationFailedError(`No survey has the reference ${reference.toUpperCase()}`, [
        { field: 'surveyReference', problem: 'no survey has this reference' },
      ]);
    }
    return rows[0].id;
  }

  private async agencyOf(context: RegistrationContext): Promise<string> {
    context.agencyId ??= (
      await this.agencyIntake.forRegistration(context.manager, context.input.agency, context.actor)
    ).id;
    return context.agencyId;
  }

  private async register(context: RegistrationContext, plan: RegistrationPlan): Promise<string> {
    if (plan.whenNoSurvey === 'refuse') throw nothingToDecide(context.input);
    const agencyId = await this.agencyOf(context);
    return this.surveys.createWith(
      context.manager,
      draftFromRegistration(agencyId, context.input.title),
      context.actor,
      { agencyKnown: true },
    );
  }

  /** The registrar's record names the survey: a corrected title is the survey's title. */
  private async retitle(context: RegistrationContext, surveyId: string): Promise<void> {
    const survey = await lockSurvey(context.manager, surveyId);
    const title = context.input.title.trim();
    if (survey.title === title) return;
    await this.writer.apply(context.manager, survey, context.actor, 'survey.updated', (target) => {
      target.title = title;
    });
  }

  private async saveRegistration(
    context: RegistrationContext,
    surveyId: string,
    consultationId: string | null,
  ): Promise<RegistrationRow> {
    const [row] = await saveRegistrations(context.manager, [
      { input: context.input, surveyId, consultationId, appliedByKeyId: context.actor.keyId },
    ]);
    return row;
  }
}
