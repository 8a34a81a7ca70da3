import { Body, Controller, Get, Param, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { Actor } from '../auth/roles';
import { API_PREFIX } from '../common/api-prefix';
import { ApiErrorResponses } from '../openapi/error-responses';
import { SurveysService } from '../surveys/surveys.service';
import { toSurveyResponse } from '../surveys/survey.response';
import { CreateReportDto } from './dto/create-report.dto';
import { ReportResult, SurveyFieldReports, toFieldReportItem } from './report.response';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@ApiBearerAuth()
@Controller(API_PREFIX)
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly surveys: SurveysService,
  ) {}

  @Post('reports')
  @Roles('network', 'skr')
  @ApiOperation({
    operationId: 'reportSurvey',
    summary: 'A municipality or region reports a survey it received',
    description:
      'Matched by surveyReference, else by agency and a similar title sent (or planned) ' +
      'around receivedAt. Unmatched: registers a new sent survey reported from the field, so ' +
      'the flags run. 201 when the report is new; 200 with the earlier report when this ' +
      'authority had already reported the survey (nothing changes).',
  })
  @ApiCreatedResponse({ type: ReportResult, description: 'Report recorded' })
  @ApiOkResponse({ type: ReportResult, description: 'Already reported by this authority' })
  async create(
    @Body() body: CreateReportDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReportResult> {
    const outcome = await this.reports.report(body, actor);
    if (outcome.alreadyReported) response.status(200);
    return {
      reportId: outcome.reportId,
      survey: toSurveyResponse(await this.surveys.get(outcome.surveyId)),
      matched: outcome.matched,
      alreadyReported: outcome.alreadyReported,
    };
  }

  @Get('surveys/:id/reports')
  @ApiOperation({
    operationId: 'listSurveyReports',
    summary: 'Which authorities reported a survey from the field (by id or reference)',
  })
  @ApiOkResponse({ type: SurveyFieldReports, description: 'The reports, oldest receipt first' })
  @ApiErrorResponses(404)
  async forSurvey(@Param('id') key: string): Promise<SurveyFieldReports> {
    const { survey, reports } = await this.reports.forSurvey(key);
    return {
      surveyId: survey.id,
      surveyReference: survey.reference,
      count: reports.length,
      localAuthorityCodes: reports.map((report) => report.localAuthorityCode).sort(),
      items: reports.map((report) =>
        toFieldReportItem(report, this.reports.authorityName(report.localAuthorityCode)),
      ),
    };
  }
}
