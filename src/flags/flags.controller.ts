import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { Actor } from '../auth/roles';
import { API_PREFIX } from '../common/api-prefix';
import { IfMatch } from '../common/if-match';
import { type Page, page } from '../common/pagination';
import { uuidPipe } from '../common/uuid.pipe';
import { ApiErrorResponses } from '../openapi/error-responses';
import { ApiPagedResponse } from '../openapi/list-responses';
import { DismissFlagDto } from './dto/dismiss-flag.dto';
import { FlagQueryDto } from './dto/flag-query.dto';
import { FlagResponse, toFlagResponse } from './flag-response';
import { FlagsService } from './flags.service';

@ApiTags('flags')
@ApiBearerAuth()
@Controller(`${API_PREFIX}/flags`)
export class FlagsController {
  constructor(private readonly flags: FlagsService) {}

  @Get()
  @ApiOperation({ operationId: 'listFlags', summary: 'Flags, newest first' })
  @ApiPagedResponse(FlagResponse, 'Newest raised first')
  async list(@Query() query: FlagQueryDto): Promise<Page<FlagResponse>> {
    const [flags, total] = await this.flags.list(query);
    return page(
      flags.map(({ flag, surveyReference }) => toFlagResponse(flag, surveyReference)),
      total,
      query,
    );
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getFlag', summary: 'One flag' })
  @ApiOkResponse({ type: FlagResponse, description: 'The flag' })
  @ApiErrorResponses(404)
  async get(@Param('id', uuidPipe()) id: string) {
    const { flag, surveyReference } = await this.flags.get(id);
    return toFlagResponse(flag, surveyReference);
  }

  @Post(':id/dismiss')
  @HttpCode(200)
  @Roles('skr')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version last seen, "2"' })
  @ApiOperation({
    operationId: 'dismissFlag',
    summary: 'Dismiss an open flag; it stays dismissed while the same facts hold',
  })
  @ApiOkResponse({ type: FlagResponse, description: 'The flag, dismissed' })
  @ApiErrorResponses(
    404,
    { status: 409, description: 'Only an open flag can be dismissed (INVALID_STATE_TRANSITION)' },
    412,
  )
  async dismiss(
    @Param('id', uuidPipe()) id: string,
    @Body() body: DismissFlagDto,
    @IfMatch() version: number | undefined,
    @CurrentActor() actor: Actor,
  ) {
    const { flag, surveyReference } = await this.flags.dismiss(id, body.reason, version, actor);
    return toFlagResponse(flag, surveyReference);
  }
}
