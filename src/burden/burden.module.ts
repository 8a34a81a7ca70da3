import { Module } from '@nestjs/common';
import { PublicDataModule } from '../database/public-data.module';
import { BurdenController } from './burden.controller';
import { BurdenService } from './burden.service';
import { LedgerCache } from './ledger-cache';
import { LedgerController } from './ledger.controller';

@Module({
  imports: [PublicDataModule],
  controllers: [BurdenController, LedgerController],
  providers: [BurdenService, LedgerCache],
  exports: [BurdenService, LedgerCache],
})
export class BurdenModule {}
