import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ChangeInvalidatedCache } from '../database/change-invalidated-cache';
import { PublicDataListener } from '../database/public-data-listener';

/**
 * What the public lookup and pages answered, kept until the data behind them changes: the
 * same survey is looked up by many of the 290 social services chiefs it was sent to.
 */
@Injectable()
export class PublicDataCache extends ChangeInvalidatedCache<unknown> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    listener: PublicDataListener,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(dataSource, listener, config.lookupCacheEntries);
  }

  get<Value>(key: string, load: () => Promise<Value>): Promise<Value> {
    return this.cached(key, load) as Promise<Value>;
  }
}
