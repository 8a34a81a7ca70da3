import { Global, Module } from '@nestjs/common';
import { LocalAuthoritiesController } from './local-authorities.controller';
import { LocalAuthoritiesService } from './local-authorities.service';

@Global()
@Module({
  controllers: [LocalAuthoritiesController],
  providers: [LocalAuthoritiesService],
  exports: [LocalAuthoritiesService],
})
export class LocalAuthoritiesModule {}
