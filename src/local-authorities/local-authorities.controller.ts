import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { API_PREFIX } from '../common/api-prefix';
import { type Page, page } from '../common/pagination';
import { ApiErrorResponses } from '../openapi/error-responses';
import { ApiPagedResponse } from '../openapi/list-responses';
import { LocalAuthorityQueryDto } from './dto/local-authority-query.dto';
import { LocalAuthoritiesService } from './local-authorities.service';
import { LocalAuthorityResponse, toLocalAuthorityResponse } from './local-authority.response';

@ApiTags('reference data')
@Public()
@Controller(`${API_PREFIX}/local-authorities`)
export class LocalAuthoritiesController {
  constructor(private readonly localAuthorities: LocalAuthoritiesService) {}

  @Get()
  @ApiOperation({
    operationId: 'listLocalAuthorities',
    summary: 'The 290 municipalities and 21 regions, municipalities first, by code',
  })
  @ApiPagedResponse(LocalAuthorityResponse, 'Municipalities first, then regions, by code')
  list(@Query() query: LocalAuthorityQueryDto): Page<LocalAuthorityResponse> {
    const matching = this.localAuthorities.list(query);
    const items = matching.slice(query.offset, query.offset + query.limit);
    return page(items.map(toLocalAuthorityResponse), matching.length, query);
  }

  @Get(':code')
  @ApiOperation({ operationId: 'getLocalAuthority', summary: 'One municipality or region' })
  @ApiOkResponse({ type: LocalAuthorityResponse, description: 'The municipality or region' })
  @ApiErrorResponses(404)
  get(@Param('code') code: string): LocalAuthorityResponse {
    return toLocalAuthorityResponse(this.localAuthorities.get(code));
  }
}
