import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BurdenModule } from '../burden/burden.module';
import { ExportsModule } from '../exports/exports.module';
import { PublicRateLimitModule } from '../lookup/public-rate-limit.module';
import { StatisticsModule } from '../statistics/statistics.module';
import { SurveysModule } from '../surveys/surveys.module';
import { DashboardAuthController } from './dashboard-auth.controller';
import { DashboardController } from './dashboard.controller';
import { DashboardDataService } from './data/dashboard-data.service';
import { DashboardExportsService } from './exports/dashboard-exports.service';
import { DashboardSessionsService } from './session/dashboard-sessions.service';

/** The SKR dashboard: the statistics, burden figures and exports of their own modules. */
@Module({
  imports: [
    AuthModule,
    BurdenModule,
    SurveysModule,
    StatisticsModule,
    ExportsModule,
    PublicRateLimitModule,
  ],
  controllers: [DashboardAuthController, DashboardController],
  providers: [DashboardSessionsService, DashboardDataService, DashboardExportsService],
})
export class DashboardModule {}
