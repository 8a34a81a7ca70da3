import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DatabasePoolOptions {
  poolSize?: number;
  applicationName?: string;
}

/** One definition for the service, the tests and the migration tooling. */
export function buildDataSourceOptions(
  url: string,
  pool: DatabasePoolOptions = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    uuidExtension: 'pgcrypto',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Failed queries surface as mapped errors; unexpected ones are logged with their stack.
    logging: false,
    extra: {
      max: pool.poolSize ?? 20,
      application_name: pool.applicationName ?? 'survey-consultation-tracker',
      connectionTimeoutMillis: 5_000,
      // A statement that runs away must not hold a pooled connection forever.
      statement_timeout: 30_000,
    },
  };
}
