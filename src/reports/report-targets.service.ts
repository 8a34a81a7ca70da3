import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import type { Actor } from '../auth/roles';
import { ValidationFailedError } from '../common/errors';
import { parseOrgNumber } from '../common/org-number';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { lockIntake } from '../intake/advisory-lock';
import { AgencyIntake } from '../intake/agency-intake.service';
import { findAgencyByReportedName } from '../intake/agency-lookup';
import { matchSettings, type MatchSettings, pickSurveyMatch } from '../intake/match-rules';
import { findSurveyCandidates } from '../intake/survey-candidates';
import { lockSurvey } from '../surveys/survey-lock';
import { Survey } from '../surveys/survey.entity';
import { CreateReportDto } from './dto/create-report.dto';
import type { ReportedSurvey } from './report-rules';

/**
 * Finds what a report is about: the survey named by its reference, else the agency's survey
 * with a similar title around the receipt. Names no one knows register the agency.
 */
@Injectable()
export class ReportTargets {
  private readonly matching: MatchSettings;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly agencyIntake: AgencyIntake,
  ) {
    this.matching = matchSettings(config);
  }

  /** The locked survey a report is about, or none (and then the agency to register it for). */
  async find(
    manager: EntityManager,
    input: CreateReportDto,
    reported: ReportedSurvey,
    actor: Actor,
  ): Promise<{ survey: Survey | null; agencyId: string }> {
    if (input.surveyReference) {
      const survey = await this.byReference(manager, input);
      return { survey: await lockSurvey(manager, survey.id), agencyId: survey.agencyId };
    }
    const { id: agencyId, created } = input.agencyId
      ? await this.knownAgency(manager, input.agencyId)
      : await this.reportedAgency(manager, input.agencyName!, actor);
    // An agency registered just now has no surveys to match.
    if (created) return { survey: null, agencyId };
    // Two reports of one unregistered survey at once must not register it twice.
    await lockIntake(manager, 'agency-surveys', agencyId);
    const candidates = await findSurveyCandidates(
      manager,
      { agencyId, title: reported.title, around: reported.receivedAt },
      this.matching,
    );
    const match = pickSurveyMatch(candidates, this.matching);
    return { survey: match ? await lockSurvey(manager, match.id) : null, agencyId };
  }

  private async byReference(manager: EntityManager, input: CreateReportDto): Promise<Survey> {
    const reference = input.surveyReference!.toUpperCase();
    const survey = await manager.findOne(Survey, { where: { reference } });
    if (!survey) {
      throw new ValidationFailedError(`No survey has the reference ${reference}`, [
        { field: 'surveyReference', problem: 'no survey has this reference' },
      ]);
    }
    const named = input.agencyId
      ? { id: input.agencyId, field: 'agencyId' }
      : await this.namedAgency(manager, input.agencyName!);
    if (named && named.id !== survey.agencyId) {
      throw new ValidationFailedError(`${reference} is not a survey of the agency given`, [
        { field: named.field, problem: `names another agency than the one of ${reference}` },
      ]);
    }
    return survey;
  }

  /** With a reference, a name only counts against it when it names another known agency. */
  private async namedAgency(manager: EntityManager, name: string) {
    const agency = await findAgencyByReportedName(manager, name, parseOrgNumber(name));
    return agency ? { id: agency.id, field: 'agencyName' } : null;
  }

  private async reportedAgency(manager: EntityManager, name: string, actor: Actor) {
    const { agency, created } = await this.agencyIntake.forReport(manager, name, actor);
    return { id: agency.id, created };
  }

  private async knownAgency(manager: EntityManager, agencyId: string) {
    if (!(await manager.exists(Agency, { where: { id: agencyId } }))) {
      throw new ValidationFailedError(`agencyId ${agencyId} is not a registered agency`, [
        { field: 'agencyId', problem: 'no agency with this id' },
      ]);
    }
    return { id: agencyId, created: false };
  }
}
