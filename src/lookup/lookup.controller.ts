import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { Public } from '../auth/auth.decorators';
import { API_PREFIX } from '../common/api-prefix';
import type { Page } from '../common/pagination';
import { ApiErrorResponses } from '../openapi/error-responses';
import { ApiPagedResponse } from '../openapi/list-responses';
import { LookupQueryDto } from './dto/lookup-query.dto';
import { LookupItem } from './lookup.response';
import { LookupService } from './lookup.service';

@ApiTags('lookup')
@Public()
@UseGuards(ThrottlerGuard)
@Controller(`${API_PREFIX}/lookup`)
export class LookupController {
  constructor(private readonly lookup: LookupService) {}

  @Get()
  @ApiOperation({
    operationId: 'lookupSurveys',
    summary: 'Public lookup: was a survey consulted with SKR? No key needed; rate limited per IP',
    description:
      'Matches an exact reference (ENK-2021-0042), or surveys where every word occurs in the ' +
      'title or in the name or short name of the agency. Words shorter than three characters ' +
      'count only when they are (part of) an agency short name, such as AF; otherwise they ' +
      'are left out. Drafts are never shown. Newest sent first; withdrawn surveys (never ' +
      'sent) last.',
  })
  @ApiPagedResponse(LookupItem, 'Matching surveys, newest sent first')
  @ApiErrorResponses(
    { status: 400, description: 'q missing, blank or longer than 200; unknown parameter' },
    { status: 429, description: 'Rate limit per client IP exceeded (RATE_LIMITED)' },
    503,
  )
  search(@Query() query: LookupQueryDto): Promise<Page<LookupItem>> {
    return this.lookup.search(query);
  }
}
