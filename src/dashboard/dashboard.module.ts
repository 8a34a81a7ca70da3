import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BurdenModule } from '../burden/burden.module';
import { ExportsModule } from '../exports/exports.module';
import { StatisticsModule } from '../statistics/statistics.module';
import { SurveysModule } from '../surveys/surveys.module';
import { DashboardController } from './dashboard.controller';
import { DashboardDataService } from './data/dashboard-data.service';
import { DashboardExportsService } from './exports/dashboard-exports.service';
import { SessionsModule } from '../sessions/sessions.module';

/** The SKR dashboard: the statistics, burden figures and exports of their own modules. */
@Module({
  imports: [
    AuthModule,
    BurdenModule,
    SurveysModule,
    StatisticsModule,
    ExportsModule,
    SessionsModule,
  ],
  controllers: [DashboardController],
  providers: [DashboardDataService, DashboardExportsService],
})
export class DashboardModule {}
