import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { FlagsModule } from '../flags/flags.module';
import { AgencyIntake } from './agency-intake.service';
import { SurveyWriter } from './survey-writer.service';

/** What reports and registrations share: finding or registering agencies, changing surveys. */
@Module({
  imports: [AgenciesModule, FlagsModule],
  providers: [AgencyIntake, SurveyWriter],
  exports: [AgencyIntake, SurveyWriter],
})
export class IntakeModule {}
