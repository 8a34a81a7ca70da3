import { Module } from '@nestjs/common';
import { PublicDataListener } from './public-data-listener';

/** The one PublicDataListener of the application, for the modules whose caches need it. */
@Module({
  providers: [PublicDataListener],
  exports: [PublicDataListener],
})
export class PublicDataModule {}
