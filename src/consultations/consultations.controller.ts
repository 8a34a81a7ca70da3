import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { Actor } from '../auth/roles';
import { API_PREFIX } from '../common/api-prefix';
import { IfMatch } from '../common/if-match';
import { type Page, page } from '../common/pagination';
import { uuidPipe } from '../common/uuid.pipe';
import { ApiErrorResponses } from '../openapi/error-responses';
import { ApiPagedResponse } from '../openapi/list-responses';
import { ConsultationResponse, toConsultationResponse } from './consultation.response';
import { ConsultationsService } from './consultations.service';
import { ConsultationQueryDto } from './dto/consultation-query.dto';
import { CreateConsultationDto } from './dto/create-consultation.dto';
import { UpdateConsultationDto } from './dto/update-consultation.dto';

@ApiTags('consultations')
@ApiBearerAuth()
@Controller(API_PREFIX)
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Post('surveys/:id/consultations')
  @Roles('skr')
  @ApiOperation({
    operationId: 'requestConsultation',
    summary: 'Register that the agency asked SKR to consult on a survey (by id or reference)',
  })
  @ApiCreatedResponse({ type: ConsultationResponse, description: 'The consultation requested' })
  @ApiErrorResponses(404)
  async create(
    @Param('id') surveyKey: string,
    @Body() body: CreateConsultationDto,
    @CurrentActor() actor: Actor,
  ) {
    return toConsultationResponse(await this.consultations.create(surveyKey, body, actor));
  }

  @Get('consultations')
  @ApiOperation({
    operationId: 'listConsultations',
    summary: "The statistics section's log, newest request first",
  })
  @ApiPagedResponse(ConsultationResponse, 'Newest request first')
  async list(@Query() query: ConsultationQueryDto): Promise<Page<ConsultationResponse>> {
    const [consultations, total] = await this.consultations.list(query);
    return page(consultations.map(toConsultationResponse), total, query);
  }

  @Get('consultations/:id')
  @ApiOperation({ operationId: 'getConsultation', summary: 'One consultation' })
  @ApiOkResponse({ type: ConsultationResponse, description: 'The consultation' })
  @ApiErrorResponses(404)
  async get(@Param('id', uuidPipe()) id: string) {
    return toConsultationResponse(await this.consultations.get(id));
  }

  @Patch('consultations/:id')
  @Roles('skr')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version last seen, "2"' })
  @ApiOperation({
    operationId: 'updateConsultation',
    summary: 'Record the outcome, topics, notes or the department head review',
  })
  @ApiOkResponse({ type: ConsultationResponse, description: 'The consultation as changed' })
  @ApiErrorResponses(404, 412)
  async update(
    @Param('id', uuidPipe()) id: string,
    @Body() body: UpdateConsultationDto,
    @IfMatch() version: number | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return toConsultationResponse(await this.consultations.update(id, body, version, actor));
  }
}
