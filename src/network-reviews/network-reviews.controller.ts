import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { Actor } from '../auth/roles';
import { API_PREFIX } from '../common/api-prefix';
import { ApiErrorResponses } from '../openapi/error-responses';
import { ApiListResponse } from '../openapi/list-responses';
import { SurveysService } from '../surveys/surveys.service';
import { CreateNetworkReviewDto } from './dto/create-network-review.dto';
import { NetworkReviewResponse, toNetworkReviewResponse } from './network-review.response';
import { NetworkReviewsService } from './network-reviews.service';

@ApiTags('network reviews')
@ApiBearerAuth()
@Controller(`${API_PREFIX}/surveys/:id/network-reviews`)
export class NetworkReviewsController {
  constructor(
    private readonly reviews: NetworkReviewsService,
    private readonly surveys: SurveysService,
  ) {}

  @Post()
  @Roles('network', 'skr')
  @ApiOperation({
    operationId: 'recordNetworkReview',
    summary: "Record a network's decision on a survey (by id or reference)",
  })
  @ApiCreatedResponse({ type: NetworkReviewResponse, description: 'The decision recorded' })
  @ApiErrorResponses(404, {
    status: 409,
    description: 'The network already decided on this survey at that meeting (DUPLICATE)',
  })
  async create(
    @Param('id') surveyKey: string,
    @Body() body: CreateNetworkReviewDto,
    @CurrentActor() actor: Actor,
  ) {
    return toNetworkReviewResponse(await this.reviews.create(surveyKey, body, actor));
  }

  @Get()
  @ApiOperation({
    operationId: 'listNetworkReviews',
    summary: "The networks' decisions on a survey (by id or reference), by meeting date",
  })
  @ApiListResponse(NetworkReviewResponse, 'By meeting date')
  @ApiErrorResponses(404)
  async list(@Param('id') surveyKey: string): Promise<{ items: NetworkReviewResponse[] }> {
    const survey = await this.surveys.get(surveyKey);
    return { items: (await this.reviews.forSurvey(survey.id)).map(toNetworkReviewResponse) };
  }
}
