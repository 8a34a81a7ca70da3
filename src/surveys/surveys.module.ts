import { Module } from '@nestjs/common';
import { SurveysController } from './surveys.controller';
import { SurveysService } from './surveys.service';
import { SurveyChangeHook } from './survey-change.hook';

@Module({
  controllers: [SurveysController],
  providers: [
    SurveysService,
    { provide: SurveyChangeHook, useValue: { surveyChanged: async () => undefined } },
  ],
  exports: [SurveysService],
})
export class SurveysModule {}
