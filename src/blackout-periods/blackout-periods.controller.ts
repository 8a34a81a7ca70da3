import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, Roles } from '../auth/auth.decorators';
import type { Actor } from '../auth/roles';
import { API_PREFIX } from '../common/api-prefix';
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
  @ApiCreatedResponse({ type: BlackoutPeriodResponse })
  async create(@Body() body: CreateBlackoutPeriodDto, @CurrentActor() actor: Actor) {
    return toBlackoutPeriodResponse(await this.periods.create(body, actor));
  }

  @Get()
  @Public()
  @ApiOkResponse({ type: [BlackoutPeriodResponse] })
  async list(): Promise<{ items: BlackoutPeriodResponse[] }> {
    return { items: (await this.periods.list()).map(toBlackoutPeriodResponse) };
  }
}
