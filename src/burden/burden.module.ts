import { Module } from '@nestjs/common';
import { BurdenController } from './burden.controller';
import { BurdenService } from './burden.service';
import { LedgerCache } from './ledger-cache';
import { LedgerController } from './ledger.controller';

@Module({
  controllers: [BurdenController, LedgerController],
  providers: [BurdenService, LedgerCache],
  exports: [BurdenService],
})
export class BurdenModule {}
