import { Module } from '@nestjs/common';
import { IntakeModule } from '../intake/intake.module';
import { SurveysModule } from '../surveys/surveys.module';
import { ReportTargets } from './report-targets.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [IntakeModule, SurveysModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportTargets],
})
export class ReportsModule {}
