import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { Actor } from '../auth/roles';
import { API_PREFIX } from '../common/api-prefix';
import { IfMatch } from '../common/if-match';
import { type Page, page } from '../common/pagination';
import { ApiErrorResponses } from '../openapi/error-responses';
import { ApiListResponse, ApiPagedResponse } from '../openapi/list-responses';
import { CreateSurveyDto } from './dto/create-survey.dto';
import { RecordRoundDto, SendSurveyDto, WithdrawSurveyDto } from './dto/survey-actions.dto';
import { SurveyQueryDto } from './dto/survey-query.dto';
import { UpdateSurveyDto } from './dto/update-survey.dto';
import { HistoryItem, toHistoryItem } from './history.response';
import { SurveyResponse, toSurveyResponse } from './survey.response';
import { SurveysService } from './surveys.service';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The version last seen, "3"' };
const NOT_FROM_THIS_STATE = {
  status: 409,
  description: 'Not allowed from the current status (INVALID_STATE_TRANSITION)',
} as const;

@ApiTags('surveys')
@ApiBearerAuth()
@Controller(`${API_PREFIX}/surveys`)
export class SurveysController {
  constructor(
    private readonly surveys: SurveysService,
    private readonly audit: AuditService,
  ) {}

  @Post()
  @Roles('skr')
  @ApiOperation({ operationId: 'createSurvey', summary: 'Register a survey, as a draft' })
  @ApiCreatedResponse({ type: SurveyResponse, description: 'The survey registered, as a draft' })
  async create(@Body() body: CreateSurveyDto, @CurrentActor() actor: Actor) {
    return toSurveyResponse(await this.surveys.create(body, actor));
  }

  @Get()
  @ApiOperation({ operationId: 'listSurveys', summary: 'Surveys, newest first' })
  @ApiPagedResponse(SurveyResponse, 'Surveys, newest first')
  async list(@Query() query: SurveyQueryDto): Promise<Page<SurveyResponse>> {
    const [surveys, total] = await this.surveys.list(query);
    return page(surveys.map(toSurveyResponse), total, query);
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getSurvey',
    summary: 'One survey, by id or by reference (ENK-2021-0042)',
  })
  @ApiOkResponse({ type: SurveyResponse, description: 'The survey' })
  @ApiErrorResponses(404)
  async get(@Param('id') key: string) {
    return toSurveyResponse(await this.surveys.get(key));
  }

  @Patch(':id')
  @Roles('skr')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ operationId: 'updateSurvey', summary: 'Change the fields given' })
  @ApiOkResponse({ type: SurveyResponse, description: 'The survey as changed' })
  @ApiErrorResponses(404, 409, 412)
  async update(
    @Param('id') key: string,
    @Body() body: UpdateSurveyDto,
    @IfMatch() version: number | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return toSurveyResponse(await this.surveys.update(key, body, version, actor));
  }

  @Post(':id/send')
  @HttpCode(200)
  @Roles('skr')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ operationId: 'sendSurvey', summary: 'draft → sent (409 from any other state)' })
  @ApiOkResponse({ type: SurveyResponse, description: 'The survey, sent' })
  @ApiErrorResponses(404, NOT_FROM_THIS_STATE, 412)
  async send(
    @Param('id') key: string,
    @Body() body: SendSurveyDto,
    @IfMatch() version: number | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return toSurveyResponse(await this.surveys.send(key, body, version, actor));
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles('skr')
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    operationId: 'withdrawSurvey',
    summary: 'draft → withdrawn (409 from any other state)',
  })
  @ApiOkResponse({ type: SurveyResponse, description: 'The survey, withdrawn' })
  @ApiErrorResponses(404, NOT_FROM_THIS_STATE, 412)
  async withdraw(
    @Param('id') key: string,
    @Body() body: WithdrawSurveyDto,
    @IfMatch() version: number | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return toSurveyResponse(await this.surveys.withdraw(key, body, version, actor));
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('skr')
  @ApiHeader(IF_MATCH)
  @ApiOperation({ operationId: 'closeSurvey', summary: 'sent → closed (409 from any other state)' })
  @ApiOkResponse({ type: SurveyResponse, description: 'The survey, closed' })
  @ApiErrorResponses(404, NOT_FROM_THIS_STATE, 412)
  async close(
    @Param('id') key: string,
    @IfMatch() version: number | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return toSurveyResponse(await this.surveys.close(key, version, actor));
  }

  @Post(':id/rounds')
  @Roles('skr', 'network')
  @ApiHeader(IF_MATCH)
  @ApiOperation({
    operationId: 'recordSurveyRound',
    summary: 'Record one round of a recurring collection and its responses',
  })
  @ApiCreatedResponse({ type: SurveyResponse, description: 'The survey with the round added' })
  @ApiErrorResponses(404, NOT_FROM_THIS_STATE, 412)
  async recordRound(
    @Param('id') key: string,
    @Body() body: RecordRoundDto,
    @IfMatch() version: number | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return toSurveyResponse(await this.surveys.recordRound(key, body, version, actor));
  }

  @Get(':id/history')
  @ApiOperation({
    operationId: 'getSurveyHistory',
    summary: 'The audit trail of a survey, oldest first',
  })
  @ApiListResponse(HistoryItem, 'Every change and event, oldest first')
  @ApiErrorResponses(404)
  async history(@Param('id') key: string): Promise<{ items: HistoryItem[] }> {
    const survey = await this.surveys.get(key);
    return { items: (await this.audit.forSurvey(survey.id)).map(toHistoryItem) };
  }
}
