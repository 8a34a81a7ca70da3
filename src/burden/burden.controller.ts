import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { API_PREFIX } from '../common/api-prefix';
import { AvoidedResponse, BurdenReportResponse } from './burden.response';
import { BurdenService } from './burden.service';
import { AvoidedQueryDto } from './dto/avoided-query.dto';
import { BurdenQueryDto } from './dto/burden-query.dto';

/** Any valid key may read the burden figures. */
@ApiTags('burden')
@ApiBearerAuth()
@Controller(`${API_PREFIX}/burden`)
export class BurdenController {
  constructor(private readonly burden: BurdenService) {}

  @Get()
  @ApiOperation({
    operationId: 'getBurdenReport',
    summary: 'Response burden grouped by agency, municipality/region, month or year',
    description:
      'Counts every dated occurrence of the surveys that went out (sent, closed, or withdrawn ' +
      'after sending) inside [from, to), Swedish calendar days: recurring collections are ' +
      'spread over their recorded rounds, or their recurrence from the send date. Drafts add ' +
      'nothing; withdrawn surveys add no realized hours (see /burden/avoided). ' +
      'groupBy=local_authority gives each recipient hours ÷ recipients. `surveys` in a row ' +
      'counts the distinct surveys with an occurrence in that group; in the totals, in the ' +
      'whole period.',
  })
  @ApiOkResponse({
    type: BurdenReportResponse,
    description: 'One row per group, the totals and the tariff used',
  })
  report(@Query() query: BurdenQueryDto): Promise<BurdenReportResponse> {
    return this.burden.report(query);
  }

  @Get('avoided')
  @ApiOperation({
    operationId: 'getAvoidedBurden',
    summary: 'Withdrawn surveys and the hours they would have cost',
    description: 'By withdrawal day in [from, to), Swedish calendar days, newest first.',
  })
  @ApiOkResponse({
    type: AvoidedResponse,
    description: 'The withdrawn surveys, newest first, with totals',
  })
  avoided(@Query() query: AvoidedQueryDto): Promise<AvoidedResponse> {
    return this.burden.avoided(query);
  }
}
