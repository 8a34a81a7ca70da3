import { Controller, Get, Header, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { Public } from '../auth/auth.decorators';
import { ApiErrorResponses } from '../openapi/error-responses';
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
    operationId: 'scrapeMetrics',
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
  @ApiErrorResponses(
    { status: 401, description: 'No valid admin key or METRICS_TOKEN' },
    { status: 403, description: 'A key of another role than admin' },
    { status: 429, description: 'Too many unknown keys from this address' },
  )
  async scrape(): Promise<string> {
    return this.metrics.text();
  }
}
