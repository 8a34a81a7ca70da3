import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { API_PREFIX } from '../common/api-prefix';
import { StatisticsQueryDto } from './dto/statistics-query.dto';
import { ConsultationStatisticsResponse, FlagStatisticsResponse } from './statistics.response';
import { StatisticsService } from './statistics.service';

/** Any valid key may read the statistics. */
@ApiTags('statistics')
@ApiBearerAuth()
@Controller(`${API_PREFIX}/statistics`)
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get('consultations')
  @ApiOperation({
    operationId: 'getConsultationStatistics',
    summary: 'Per agency and year of sending: consulted, sent despite advice, declined',
    description: 'Surveys sent in [from, to), Swedish calendar days.',
  })
  @ApiOkResponse({
    type: ConsultationStatisticsResponse,
    description: 'One row per agency and year, and the totals',
  })
  consultations(@Query() query: StatisticsQueryDto): Promise<ConsultationStatisticsResponse> {
    return this.statistics.consultations(query);
  }

  @Get('flags')
  @ApiOperation({
    operationId: 'getFlagStatistics',
    summary: 'Flags raised per month and code',
    description: 'Raised in [from, to), Swedish calendar days.',
  })
  @ApiOkResponse({
    type: FlagStatisticsResponse,
    description: 'One row per month and code, and totals per code',
  })
  flags(@Query() query: StatisticsQueryDto): Promise<FlagStatisticsResponse> {
    return this.statistics.flags(query);
  }
}
