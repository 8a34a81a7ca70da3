import { Module } from '@nestjs/common';
import { FlagsModule } from '../flags/flags.module';
import { BlackoutPeriodsController } from './blackout-periods.controller';
import { BlackoutPeriodsService } from './blackout-periods.service';

@Module({
  imports: [FlagsModule],
  controllers: [BlackoutPeriodsController],
  providers: [BlackoutPeriodsService],
})
export class BlackoutPeriodsModule {}
