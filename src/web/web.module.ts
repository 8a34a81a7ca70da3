import { Module } from '@nestjs/common';
import { LookupModule } from '../lookup/lookup.module';
import { WebController } from './web.controller';

@Module({
  imports: [LookupModule],
  controllers: [WebController],
})
export class WebModule {}
