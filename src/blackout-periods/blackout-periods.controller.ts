import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, Roles } from '../auth/auth.decorators';
import type { Actor } from '../auth/roles';
import { API_PREFIX } from '../common/api-prefix';
import { ApiErrorResponses } from '../openapi/error-responses';
import { ApiListResponse } from '../openapi/list-responses';
import { BlackoutPeriodResponse, toBlackoutPeriodResponse } from './blackout-period.response';
import { BlackoutPeriodsService } from './blackout-periods.service';
import { CreateBlackoutPeriodDto } from './dto/create-blackout-period.dto';

@ApiTags('blackout periods')
@Controller(`${API_PREFIX}/blackout-periods`)
export class BlackoutPeriodsController {
  constructor(private readonly periods: BlackoutPeriodsService) {}

  @Post()
  @Roles('skr')
  @ApiBearerAuth()
  @ApiOperation({
    operationId: 'createBlackoutPeriod',
    summary: 'A period in which agencies should send no surveys',
  })
  @ApiCreatedResponse({
    type: BlackoutPeriodResponse,
    description: 'The blackout period registered',
  })
  async create(@Body() body: CreateBlackoutPeriodDto, @CurrentActor() actor: Actor) {
    return toBlackoutPeriodResponse(await this.periods.create(body, actor));
  }

  @Get()
  @Public()
  @ApiOperation({ operationId: 'listBlackoutPeriods', summary: 'Every blackout period, by start' })
  @ApiListResponse(BlackoutPeriodResponse, 'By start; no key needed')
  @ApiErrorResponses(503)
  async list(): Promise<{ items: BlackoutPeriodResponse[] }> {
    return { items: (await this.periods.list()).map(toBlackoutPeriodResponse) };
  }
}
