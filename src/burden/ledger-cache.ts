import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ChangeInvalidatedCache } from '../database/change-invalidated-cache';
import { PublicDataListener } from '../database/public-data-listener';

/**
 * Burden ledgers as the JSON the API sends (UTF-8), kept until the data behind them changes:
 * reading a busy year's thousand-odd surveys and serializing them costs tens of milliseconds,
 * and the same ledgers are read again and again between changes. The triggers cover the
 * tables a ledger reads (surveys, survey_rounds, agencies). A ledger has no clock (it depends
 * on the year asked for, never on today), so nothing else can make a stored one wrong. Its
 * own size limit: a ledger is up to a megabyte, a lookup answer a few kilobytes.
 */
@Injectable()
export class LedgerCache extends ChangeInvalidatedCache<Buffer> {
  constructor(
    @InjectDataSource() dataSource: DataSource,
    listener: PublicDataListener,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(dataSource, listener, config.ledgerCacheEntries);
  }

  get(key: string, load: () => Promise<Buffer>): Promise<Buffer> {
    return this.cached(key, load);
  }
}
