import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { FieldProblem, ValidationFailedError } from '../common/errors';
import { SurveyWriter } from '../intake/survey-writer.service';
import { LocalAuthoritiesService } from '../local-authorities/local-authorities.service';
import { applySurveyInput } from '../surveys/survey-input';
import { Survey } from '../surveys/survey.entity';
import { SurveysService } from '../surveys/surveys.service';
import { CreateReportDto } from './dto/create-report.dto';
import { FieldReport } from './field-report.entity';
import { ReportTargets } from './report-targets.service';
import {
  agencyChoiceProblems,
  receivedAtProblems,
  type ReportedSurvey,
  type ReportEffects,
  reportEffects,
  surveyFromReport,
} from './report-rules';

export interface ReportOutcome {
  reportId: string;
  surveyId: string;
  matched: boolean;
  alreadyReported: boolean;
}

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly targets: ReportTargets,
    private readonly surveys: SurveysService,
    private readonly writer: SurveyWriter,
    private readonly audit: AuditService,
    private readonly localAuthorities: LocalAuthoritiesService,
  ) {}

  /**
   * Attaches a report to the survey it is about (by reference, else by agency and a similar
   * title around the receipt), or registers the survey from it. One transaction: the report,
   * what it changes in the survey, the flags and the audit trail, or nothing.
   */
  async report(input: CreateReportDto, actor: Actor): Promise<ReportOutcome> {
    const reported: ReportedSurvey = {
      localAuthorityCode: input.localAuthorityCode,
      receivedAt: new Date(input.receivedAt),
      title: input.title.trim(),
      coverLetterText: input.coverLetterText?.trim() || null,
    };
    this.assertValid(input, reported);
    return this.dataSource.transaction(async (manager) => {
      const { survey, agencyId } = await this.targets.find(manager, input, reported, actor);
      return survey
        ? this.attach(manager, survey, reported, actor)
        : this.register(manager, agencyId, reported, actor);
    });
  }

  async forSurvey(key: string): Promise<{ survey: Survey; reports: FieldReport[] }> {
    const survey = await this.surveys.get(key);
    const reports = await this.dataSource.getRepository(FieldReport).find({
      where: { surveyId: survey.id },
      order: { receivedAt: 'ASC', localAuthorityCode: 'ASC' },
    });
    return { survey, reports };
  }

  authorityName(code: string): string {
    return this.localAuthorities.find(code)?.name ?? code;
  }

  private assertValid(input: CreateReportDto, reported: ReportedSurvey): void {
    const problems: FieldProblem[] = [
      ...agencyChoiceProblems(input),
      ...receivedAtProblems(reported.receivedAt, new Date()),
      ...(this.localAuthorities.find(input.localAuthorityCode)
        ? []
        : [{ field: 'localAuthorityCode', problem: 'is not a known municipality or region code' }]),
    ];
    if (problems.length > 0) {
      throw new ValidationFailedError(
        problems.map((p) => `${p.field} ${p.problem}`).join('; '),
        problems,
      );
    }
  }

  private async attach(
    manager: EntityManager,
    survey: Survey,
    reported: ReportedSurvey,
    actor: Actor,
  ): Promise<ReportOutcome> {
    const earlier = await manager.findOne(FieldReport, {
      where: { surveyId: survey.id, localAuthorityCode: reported.localAuthorityCode },
    });
    if (earlier) {
      return { reportId: earlier.id, surveyId: survey.id, matched: true, alreadyReported: true };
    }
    const report = await this.record(manager, survey.id, reported, actor, true);
    const effects = reportEffects(survey, reported);
    await this.writer.apply(
      manager,
      survey,
      actor,
      'survey.reported_from_field',
      (target) => applyEffects(target, effects),
      { fieldReportId: report.id, localAuthorityCode: reported.localAuthorityCode },
    );
    return { reportId: report.id, surveyId: survey.id, matched: true, alreadyReported: false };
  }

  private async register(
    manager: EntityManager,
    agencyId: string,
    reported: ReportedSurvey,
    actor: Actor,
  ): Promise<ReportOutcome> {
    const surveyId = await this.surveys.createWith(
      manager,
      surveyFromReport(agencyId, reported),
      actor,
      {
        reportedFromField: true,
        sentAt: reported.receivedAt,
      },
    );
    await this.writer.announceSent(
      manager,
      await manager.findOneByOrFail(Survey, { id: surveyId }),
    );
    const report = await this.record(manager, surveyId, reported, actor, false);
    return { reportId: report.id, surveyId, matched: false, alreadyReported: false };
  }

  private async record(
    manager: EntityManager,
    surveyId: string,
    reported: ReportedSurvey,
    actor: Actor,
    matched: boolean,
  ): Promise<FieldReport> {
    const report = await manager.save(
      manager.create(FieldReport, { surveyId, ...reported, reportedByKeyId: actor.keyId }),
    );
    await this.audit.record(manager, {
      actor,
      entityType: 'field_report',
      entityId: report.id,
      surveyId,
      action: 'field_report.recorded',
      changes: {
        localAuthorityCode: reported.localAuthorityCode,
        receivedAt: reported.receivedAt.toISOString(),
        title: reported.title,
        matched,
      },
    });
    return report;
  }
}

function applyEffects(survey: Survey, effects: ReportEffects): void {
  if (effects.status) survey.status = effects.status;
  if (effects.sentAt) survey.sentAt = effects.sentAt;
  if (effects.recipientCodes) {
    survey.recipientCodes = effects.recipientCodes;
    survey.recipientCount = effects.recipientCodes.length;
  }
  if (effects.coverLetterText)
    applySurveyInput(survey, { coverLetterText: effects.coverLetterText });
}
