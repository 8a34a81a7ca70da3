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
import { AgenciesService } from './agencies.service';
import { AgencyResponse, toAgencyResponse } from './agency.response';
import { AgencyQueryDto } from './dto/agency-query.dto';
import { CreateAgencyDto } from './dto/create-agency.dto';
import { UpdateAgencyDto } from './dto/update-agency.dto';

@ApiTags('agencies')
@ApiBearerAuth()
@Controller(`${API_PREFIX}/agencies`)
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Post()
  @Roles('skr')
  @ApiOperation({ operationId: 'createAgency', summary: 'Register an agency' })
  @ApiCreatedResponse({ type: AgencyResponse, description: 'The agency registered' })
  @ApiErrorResponses({ status: 409, description: 'The name or orgNumber is taken (DUPLICATE)' })
  async create(@Body() body: CreateAgencyDto, @CurrentActor() actor: Actor) {
    return toAgencyResponse(await this.agencies.create(body, actor));
  }

  @Get()
  @ApiOperation({ operationId: 'listAgencies', summary: 'Agencies, by name' })
  @ApiPagedResponse(AgencyResponse, 'Agencies, by name')
  async list(@Query() query: AgencyQueryDto): Promise<Page<AgencyResponse>> {
    const [agencies, total] = await this.agencies.list(query);
    return page(agencies.map(toAgencyResponse), total, query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getAgency', summary: 'One agency' })
  @ApiOkResponse({ type: AgencyResponse, description: 'The agency' })
  @ApiErrorResponses(404)
  async get(@Param('id', uuidPipe()) id: string) {
    return toAgencyResponse(await this.agencies.get(id));
  }

  @Patch(':id')
  @Roles('skr')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version last seen, e.g. "2"' })
  @ApiOperation({ operationId: 'updateAgency', summary: 'Change the fields given' })
  @ApiOkResponse({ type: AgencyResponse, description: 'The agency as changed' })
  @ApiErrorResponses(
    404,
    { status: 409, description: 'The name or orgNumber is taken (DUPLICATE)' },
    412,
  )
  async update(
    @Param('id', uuidPipe()) id: string,
    @Body() body: UpdateAgencyDto,
    @IfMatch() version: number | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return toAgencyResponse(await this.agencies.update(id, body, version, actor));
  }
}
