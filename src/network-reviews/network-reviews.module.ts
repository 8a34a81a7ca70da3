import { Module } from '@nestjs/common';
import { FlagsModule } from '../flags/flags.module';
import { SurveysModule } from '../surveys/surveys.module';
import { NetworkReviewsController } from './network-reviews.controller';
import { NetworkReviewsService } from './network-reviews.service';

@Module({
  imports: [FlagsModule, SurveysModule],
  controllers: [NetworkReviewsController],
  providers: [NetworkReviewsService],
})
export class NetworkReviewsModule {}
