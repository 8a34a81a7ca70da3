import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators';
import { API_PREFIX } from '../common/api-prefix';
import { type Page, page } from '../common/pagination';
import { LocalAuthorityQueryDto } from './dto/local-authority-query.dto';
import { LocalAuthoritiesService } from './local-authorities.service';
import { LocalAuthorityResponse, toLocalAuthorityResponse } from './local-authority.response';

@ApiTags('reference data')
@Public()
@Controller(`${API_PREFIX}/local-authorities`)
export class LocalAuthoritiesController {
  constructor(private readonly localAuthorities: LocalAuthoritiesService) {}

  @Get()
  @ApiOkResponse({ description: 'Municipalities and regions, paged' })
  list(@Query() query: LocalAuthorityQueryDto): Page<LocalAuthorityResponse> {
    const matching = this.localAuthorities.list(query);
    const items = matching.slice(query.offset, query.offset + query.limit);
    return page(items.map(toLocalAuthorityResponse), matching.length, query);
  }

  @Get(':code')
  @ApiOkResponse({ type: LocalAuthorityResponse })
  get(@Param('code') code: string): LocalAuthorityResponse {
    return toLocalAuthorityResponse(this.localAuthorities.get(code));
  }
}
