import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { Actor } from '../auth/roles';
import { API_PREFIX } from '../common/api-prefix';
import { IfMatch } from '../common/if-match';
import { type Page, page } from '../common/pagination';
import { uuidPipe } from '../common/uuid.pipe';
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
  @ApiCreatedResponse({ type: AgencyResponse })
  async create(@Body() body: CreateAgencyDto, @CurrentActor() actor: Actor) {
    return toAgencyResponse(await this.agencies.create(body, actor));
  }

  @Get()
  @ApiOkResponse({ description: 'Agencies, paged' })
  async list(@Query() query: AgencyQueryDto): Promise<Page<AgencyResponse>> {
    const [agencies, total] = await this.agencies.list(query);
    return page(agencies.map(toAgencyResponse), total, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: AgencyResponse })
  async get(@Param('id', uuidPipe()) id: string) {
    return toAgencyResponse(await this.agencies.get(id));
  }

  @Patch(':id')
  @Roles('skr')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version last seen, e.g. "2"' })
  @ApiOkResponse({ type: AgencyResponse })
  async update(
    @Param('id', uuidPipe()) id: string,
    @Body() body: UpdateAgencyDto,
    @IfMatch() version: number | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return toAgencyResponse(await this.agencies.update(id, body, version, actor));
  }
}
