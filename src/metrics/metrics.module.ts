import { DynamicModule, Global, Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BurdenModule } from '../burden/burden.module';
import type { AppConfig } from '../config/app-config';
import { LookupModule } from '../lookup/lookup.module';
import { Metrics } from './metrics';
import { MetricsAccessGuard } from './metrics-access.guard';
import { MetricsCollectors } from './metrics-collectors';
import { MetricsController } from './metrics.controller';

/**
 * Prometheus metrics. Global: the services that count (registrations, webhook deliveries,
 * the request timing) take `Metrics` without importing this module. METRICS_ENABLED=false
 * leaves out GET /metrics (the counting costs next to nothing; configureApp leaves out the
 * request timing).
 */
@Global()
@Module({})
export class MetricsModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: MetricsModule,
      imports: [AuthModule, LookupModule, BurdenModule],
      controllers: config.metricsEnabled ? [MetricsController] : [],
      providers: [
        { provide: Metrics, useFactory: () => new Metrics() },
        MetricsCollectors,
        MetricsAccessGuard,
      ],
      exports: [Metrics],
    };
  }
}
