import { Body, Controller, Get, Headers, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { Actor } from '../auth/roles';
import { API_PREFIX } from '../common/api-prefix';
import { type Page, page } from '../common/pagination';
import { ApiErrorResponses } from '../openapi/error-responses';
import { ApiPagedResponse } from '../openapi/list-responses';
import { CreateRegistrationDto } from './dto/create-registration.dto';
import { MAX_BATCH_ITEMS, RegistrationBatchDto } from './dto/registration-batch.dto';
import { RegistrationQueryDto } from './dto/registration-query.dto';
import { MAX_IDEMPOTENCY_KEY_LENGTH, parseIdempotencyKey } from './idempotency';
import { RegistrationBatchResponse, RegistrationResponse } from './registration.response';
import { RegistrationsService } from './registrations.service';

@ApiTags('registrations')
@ApiBearerAuth()
@Controller(`${API_PREFIX}/registrations`)
export class RegistrationsController {
  constructor(private readonly registrations: RegistrationsService) {}

  @Post()
  @Roles('registrar')
  @ApiOperation({
    operationId: 'createRegistration',
    summary: 'Apply one registration from a registrar system (diarium)',
    description:
      'sourceSystem + externalId is the registrar’s key: the same pair again updates (200) ' +
      'instead of adding (201). The same Idempotency-Key with the same body replays the first ' +
      'answer byte for byte; with another body it is 422. Keys are scoped to the API key.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: `1–${MAX_IDEMPOTENCY_KEY_LENGTH} characters, unique per registration`,
  })
  @ApiCreatedResponse({ type: RegistrationResponse, description: 'A new registration' })
  @ApiOkResponse({ type: RegistrationResponse, description: 'An earlier registration updated' })
  @ApiErrorResponses(
    {
      status: 403,
      description: 'sourceSystem is not one of the key’s source systems (nothing is written)',
    },
    {
      status: 409,
      description:
        'The Idempotency-Key is in use by a request still running (CONCURRENT_UPDATE), or ' +
        'a decision names no consultation to decide (NO_CONSULTATION_TO_DECIDE)',
    },
    422,
  )
  async register(
    @Body() body: CreateRegistrationDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const key = parseIdempotencyKey(idempotencyKey);
    const answer = await this.registrations.register(body, key, actor);
    // The stored text itself, so that a replay is the same bytes as the first answer.
    response.status(answer.status).type('application/json');
    return answer.body;
  }

  @Post('batch')
  @HttpCode(200)
  @Roles('registrar')
  @ApiOperation({
    operationId: 'createRegistrationBatch',
    summary: `Up to ${MAX_BATCH_ITEMS} registrations, each applied on its own`,
    description:
      'Items are applied in order, each with its own Idempotency-Key and transaction; each ' +
      'result is what POST /registrations would have answered. A bad item fails alone; an ' +
      'item of a source system that is not the key’s is that item’s 403.',
  })
  @ApiOkResponse({
    type: RegistrationBatchResponse,
    description: "Each item's answer, in the order of the items",
  })
  async registerBatch(
    @Body() body: RegistrationBatchDto,
    @CurrentActor() actor: Actor,
  ): Promise<RegistrationBatchResponse> {
    return { results: await this.registrations.registerBatch(body.items, actor) };
  }

  @Get()
  @Roles('registrar', 'skr')
  @ApiOperation({
    operationId: 'listRegistrations',
    summary: 'What was applied, oldest first (since: applied at or after)',
    description:
      'A registrar key lists only the registrations of its own source systems; asking for ' +
      'another system is 403.',
  })
  @ApiPagedResponse(RegistrationResponse, 'Oldest applied first')
  @ApiErrorResponses({
    status: 403,
    description: 'sourceSystem is not one of the key’s source systems',
  })
  async list(
    @Query() query: RegistrationQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<Page<RegistrationResponse>> {
    const [items, total] = await this.registrations.list(query, actor);
    return page(items, total, query);
  }
}
