import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import type { Actor } from '../auth/roles';
import { API_PREFIX } from '../common/api-prefix';
import { type Page, page, PageQueryDto } from '../common/pagination';
import { uuidPipe } from '../common/uuid.pipe';
import { ApiErrorResponses } from '../openapi/error-responses';
import { ApiPagedResponse } from '../openapi/list-responses';
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

@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('admin')
@Controller(`${API_PREFIX}/webhooks`)
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({
    operationId: 'createWebhook',
    summary: 'Subscribe a URL to events',
    description:
      'Each event is POSTed as {id, type, occurredAt, data} with X-Signature: ' +
      'sha256=<hex HMAC-SHA256 of the raw body with the secret>; retried with back-off ' +
      'until a 2xx, in order per survey. Only events after the subscription are sent.',
  })
  @ApiCreatedResponse({ type: WebhookResponse, description: 'The subscription' })
  @ApiErrorResponses({
    status: 400,
    description: 'Invalid or refused URL, unknown event type (VALIDATION_FAILED)',
  })
  async create(@Body() body: CreateWebhookDto, @CurrentActor() actor: Actor) {
    return toWebhookResponse(await this.webhooks.create(body, actor));
  }

  @Get()
  @ApiOperation({ operationId: 'listWebhooks', summary: 'Subscriptions, oldest first' })
  @ApiPagedResponse(WebhookResponse, 'Oldest first')
  async list(@Query() query: PageQueryDto): Promise<Page<WebhookResponse>> {
    const [subscriptions, total] = await this.webhooks.list(query);
    return page(subscriptions.map(toWebhookResponse), total, query);
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getWebhook', summary: 'One subscription' })
  @ApiOkResponse({ type: WebhookResponse, description: 'The subscription' })
  @ApiErrorResponses(404)
  async get(@Param('id', uuidPipe()) id: string) {
    return toWebhookResponse(await this.webhooks.get(id));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ operationId: 'deleteWebhook', summary: 'Unsubscribe' })
  @ApiNoContentResponse({ description: 'Deleted with its deliveries' })
  @ApiErrorResponses(404)
  async remove(@Param('id', uuidPipe()) id: string, @CurrentActor() actor: Actor) {
    await this.webhooks.remove(id, actor);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'enableWebhook',
    summary: 'Re-enable a subscription disabled after failures',
  })
  @ApiOkResponse({ type: WebhookResponse, description: 'The subscription, enabled' })
  @ApiErrorResponses(404)
  async enable(@Param('id', uuidPipe()) id: string, @CurrentActor() actor: Actor) {
    return toWebhookResponse(await this.webhooks.enable(id, actor));
  }

  @Post(':id/redeliver')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'redeliverWebhook',
    summary: 'Send failed deliveries now, or one given delivery again',
  })
  @ApiAcceptedResponse({ type: RedeliverResponse, description: 'How many deliveries were queued' })
  @ApiErrorResponses(404)
  async redeliver(
    @Param('id', uuidPipe()) id: string,
    @Body() body: RedeliverDto,
    @CurrentActor() actor: Actor,
  ): Promise<RedeliverResponse> {
    return this.webhooks.redeliver(id, body.deliveryId, actor);
  }

  @Get(':id/deliveries')
  @ApiOperation({
    operationId: 'listWebhookDeliveries',
    summary: 'Deliveries, newest event first, with their latest attempts',
  })
  @ApiPagedResponse(WebhookDeliveryResponse, 'Newest event first')
  @ApiErrorResponses(404)
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
  @ApiOperation({ operationId: 'getWebhookDelivery', summary: 'One delivery with every attempt' })
  @ApiOkResponse({
    type: WebhookDeliveryResponse,
    description: 'The delivery and its attempts, oldest first',
  })
  @ApiErrorResponses(404)
  async delivery(
    @Param('id', uuidPipe()) id: string,
    @Param('deliveryId', uuidPipe('deliveryId')) deliveryId: string,
  ): Promise<WebhookDeliveryResponse> {
    const { delivery, attempts } = await this.webhooks.delivery(id, deliveryId);
    return toDeliveryResponse(delivery, attempts);
  }
}
