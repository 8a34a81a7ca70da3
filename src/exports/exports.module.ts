import { Module } from '@nestjs/common';
import { BurdenModule } from '../burden/burden.module';
import { SurveysModule } from '../surveys/surveys.module';
import { ConsultationExportSource } from './consultation-export';
import { ExportsController } from './exports.controller';
import { SurveyExportSource } from './survey-export';

/**
 * Put before SurveysModule and ConsultationsModule in AppModule: see ExportsController. The
 * sources are exported for other views of the same files (the dashboard).
 */
@Module({
  imports: [SurveysModule, BurdenModule],
  controllers: [ExportsController],
  providers: [SurveyExportSource, ConsultationExportSource],
  exports: [SurveyExportSource, ConsultationExportSource],
})
export class ExportsModule {}
