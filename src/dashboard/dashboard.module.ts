import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BurdenModule } from '../burden/burden.module';
import { ConsultationExportSource } from '../exports/consultation-export';
import { PublicRateLimitModule } from '../lookup/public-rate-limit.module';
import { SurveyExportSource } from '../exports/survey-export';
import { StatisticsService } from '../statistics/statistics.service';
import { SurveysModule } from '../surveys/surveys.module';
import { DashboardAuthController } from './dashboard-auth.controller';
import { DashboardController } from './dashboard.controller';
import { DashboardDataService } from './data/dashboard-data.service';
import { DashboardExportsService } from './exports/dashboard-exports.service';
import { DashboardSessionsService } from './session/dashboard-sessions.service';

/**
 * The SKR dashboard. StatisticsModule and ExportsModule do not export their services, so the
 * stateless ones used here are provided again rather than copied.
 */
@Module({
  imports: [AuthModule, BurdenModule, SurveysModule, PublicRateLimitModule],
  controllers: [DashboardAuthController, DashboardController],
  providers: [
    DashboardSessionsService,
    DashboardDataService,
    DashboardExportsService,
    StatisticsService,
    SurveyExportSource,
    ConsultationExportSource,
  ],
})
export class DashboardModule {}
