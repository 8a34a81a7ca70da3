import { Module } from '@nestjs/common';
import { BurdenController } from './burden.controller';
import { BurdenService } from './burden.service';
import { LedgerController } from './ledger.controller';

@Module({
  controllers: [BurdenController, LedgerController],
  providers: [BurdenService],
  exports: [BurdenService],
})
export class BurdenModule {}
