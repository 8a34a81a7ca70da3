import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { Actor } from '../auth/roles';
import { API_PREFIX } from '../common/api-prefix';
import { type Page, page, PageQueryDto } from '../common/pagination';
import { uuidPipe } from '../common/uuid.pipe';
import { CreateWebhookDto } from './dto/create-webhook.dto';
import { DeliveryQueryDto } from './dto/delivery-query.dto';
import { RedeliverDto } from './dto/redeliver.dto';
import {
  RedeliverResponse,
  toDeliveryResponse,
  toWebhookResponse,
  WebhookDeliveryResponse,
  WebhookResponse,
} from './webhook.response';
import { WebhooksService } from './webhooks.service';

const pageOf = (model: new () => object) => ({
  schema: {
    type: 'object',
    properties: {
      items: { type: 'array', items: { $ref: getSchemaPath(model) } },
      total: { type: 'integer' },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
    },
  },
});

@ApiTags('webhooks')
@ApiBearerAuth()
@ApiExtraModels(WebhookResponse, WebhookDeliveryResponse)
@Roles('admin')
@Controller(`${API_PREFIX}/webhooks`)
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({
    summary: 'Subscribe a URL to events',
    description:
      'Each event is POSTed as {id, type, occurredAt, data} with X-Signature: ' +
      'sha256=<hex HMAC-SHA256 of the raw body with the secret>; retried with back-off ' +
      'until a 2xx, in order per survey. Only events after the subscription are sent.',
  })
  @ApiCreatedResponse({ type: WebhookResponse })
  @ApiBadRequestResponse({ description: 'Invalid or refused URL, unknown event type' })
  async create(@Body() body: CreateWebhookDto, @CurrentActor() actor: Actor) {
    return toWebhookResponse(await this.webhooks.create(body, actor));
  }

  @Get()
  @ApiOkResponse(pageOf(WebhookResponse))
  async list(@Query() query: PageQueryDto): Promise<Page<WebhookResponse>> {
    const [subscriptions, total] = await this.webhooks.list(query);
    return page(subscriptions.map(toWebhookResponse), total, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: WebhookResponse })
  @ApiNotFoundResponse()
  async get(@Param('id', uuidPipe()) id: string) {
    return toWebhookResponse(await this.webhooks.get(id));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted with its deliveries' })
  @ApiNotFoundResponse()
  async remove(@Param('id', uuidPipe()) id: string, @CurrentActor() actor: Actor) {
    await this.webhooks.remove(id, actor);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Re-enable a subscription disabled after failures' })
  @ApiOkResponse({ type: WebhookResponse })
  @ApiNotFoundResponse()
  async enable(@Param('id', uuidPipe()) id: string, @CurrentActor() actor: Actor) {
    return toWebhookResponse(await this.webhooks.enable(id, actor));
  }

  @Post(':id/redeliver')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send failed deliveries now, or one given delivery again' })
  @ApiAcceptedResponse({ type: RedeliverResponse })
  @ApiNotFoundResponse()
  async redeliver(
    @Param('id', uuidPipe()) id: string,
    @Body() body: RedeliverDto,
    @CurrentActor() actor: Actor,
  ): Promise<RedeliverResponse> {
    return this.webhooks.redeliver(id, body.deliveryId, actor);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'Deliveries, newest event first, with their latest attempts' })
  @ApiOkResponse(pageOf(WebhookDeliveryResponse))
  @ApiNotFoundResponse()
  async deliveries(
    @Param('id', uuidPipe()) id: string,
    @Query() query: DeliveryQueryDto,
  ): Promise<Page<WebhookDeliveryResponse>> {
    const [items, total] = await this.webhooks.deliveries(id, query);
    return page(
      items.map(({ delivery, attempts }) => toDeliveryResponse(delivery, attempts)),
      total,
      query,
    );
  }

  @Get(':id/deliveries/:deliveryId')
  @ApiOperation({ summary: 'One delivery with every attempt' })
  @ApiOkResponse({ type: WebhookDeliveryResponse })
  @ApiNotFoundResponse()
  async delivery(
    @Param('id', uuidPipe()) id: string,
    @Param('deliveryId', uuidPipe('deliveryId')) deliveryId: string,
  ): Promise<WebhookDeliveryResponse> {
    const { delivery, attempts } = await this.webhooks.delivery(id, deliveryId);
    return toDeliveryResponse(delivery, attempts);
  }
}
