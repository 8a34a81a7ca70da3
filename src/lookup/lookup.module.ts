import { Module } from '@nestjs/common';
import { LookupController } from './lookup.controller';
import { LookupService } from './lookup.service';
import { PublicRateLimitModule } from './public-rate-limit.module';

@Module({
  imports: [PublicRateLimitModule],
  controllers: [LookupController],
  providers: [LookupService],
  exports: [LookupService, PublicRateLimitModule],
})
export class LookupModule {}
