import { Controller, Get, Header, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { Public } from '../auth/auth.decorators';
import { Metrics } from './metrics';
import { MetricsAccessGuard } from './metrics-access.guard';

/** Public to the API key guard: MetricsAccessGuard also takes METRICS_TOKEN. */
@ApiTags('operations')
@ApiBearerAuth()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: Metrics) {}

  @Get()
  @UseGuards(MetricsAccessGuard)
  @Header('Cache-Control', 'no-store')
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  @ApiOperation({
    summary: 'Prometheus metrics (text format)',
    description:
      'Request durations by route, database pool, webhook queue and delivery lag, ' +
      'registrations by outcome, open flags by code, cache hits and misses. For an admin ' +
      'key, or Authorization: Bearer <METRICS_TOKEN> when that is configured.',
  })
  @ApiOkResponse({
    description: 'Prometheus text exposition format 0.0.4',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @ApiUnauthorizedResponse({ description: 'No valid admin key or METRICS_TOKEN' })
  @ApiForbiddenResponse({ description: 'A key of another role than admin' })
  @ApiTooManyRequestsResponse({ description: 'Too many unknown keys from this address' })
  async scrape(): Promise<string> {
    return this.metrics.text();
  }
}
