import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgenciesModule } from './agencies/agencies.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { buildDataSourceOptions } from './database/data-source-options';
import { HealthModule } from './health/health.module';
import { LocalAuthoritiesModule } from './local-authorities/local-authorities.module';
import { NetworksModule } from './networks/networks.module';
import { OutboxModule } from './outbox/outbox.module';
import { SurveysModule } from './surveys/surveys.module';
import { BlackoutPeriodsModule } from './blackout-periods/blackout-periods.module';
import { ConsultationsModule } from './consultations/consultations.module';
import { FlagsModule } from './flags/flags.module';
import { NetworkReviewsModule } from './network-reviews/network-reviews.module';
import { LookupModule } from './lookup/lookup.module';
import { WebModule } from './web/web.module';
import { BurdenModule } from './burden/burden.module';
import { ExportsModule } from './exports/exports.module';
import { StatisticsModule } from './statistics/statistics.module';
import { ReportsModule } from './reports/reports.module';
import { RegistrationsModule } from './registrations/registrations.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { RetentionModule } from './retention/retention.module';
import { MetricsModule } from './metrics/metrics.module';
import { ClockModule } from './common/clock';
import { UsersModule } from './users/users.module';
import { SessionsModule } from './sessions/sessions.module';
import { FirstRunModule } from './first-run/first-run.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(buildDataSourceOptions(databaseUrl)),
        ClockModule,
        AuditModule,
        OutboxModule,
        AuthModule,
        UsersModule,
        SessionsModule,
        FirstRunModule,
        LocalAuthoritiesModule,
        AgenciesModule,
        NetworksModule,
        // Before SurveysModule and ConsultationsModule: /surveys/export is not a survey id.
        ExportsModule,
        SurveysModule,
        ConsultationsModule,
        NetworkReviewsModule,
        FlagsModule,
        BlackoutPeriodsModule,
        HealthModule,
        LookupModule,
        WebModule,
        ReportsModule,
        RegistrationsModule,
        DashboardModule,
        WebhooksModule,
        BurdenModule,
        StatisticsModule,
        RetentionModule,
        MetricsModule.forRoot(config),
      ],
    };
  }
}
