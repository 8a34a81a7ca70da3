import { Module } from '@nestjs/common';
import { PublicDataModule } from '../database/public-data.module';
import { LookupController } from './lookup.controller';
import { LookupService } from './lookup.service';
import { PublicDataCache } from './public-data-cache';
import { PublicRateLimitModule } from './public-rate-limit.module';

@Module({
  imports: [PublicDataModule, PublicRateLimitModule],
  controllers: [LookupController],
  providers: [LookupService, PublicDataCache],
  exports: [LookupService, PublicDataCache, PublicRateLimitModule],
})
export class LookupModule {}
