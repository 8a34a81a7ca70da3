import { Module } from '@nestjs/common';
import { SurveyChangeHook } from '../surveys/survey-change.hook';
import { FlagEngine } from './flag-engine.service';
import { FlagReevaluator } from './flag-reevaluator.service';
import { FlagScheduler } from './flag-scheduler.service';
import { FlagsController } from './flags.controller';
import { FlagsService } from './flags.service';

@Module({
  controllers: [FlagsController],
  providers: [
    FlagEngine,
    { provide: SurveyChangeHook, useExisting: FlagEngine },
    FlagsService,
    FlagReevaluator,
    FlagScheduler,
  ],
  exports: [FlagEngine, SurveyChangeHook, FlagReevaluator, FlagScheduler],
})
export class FlagsModule {}
