import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { ApiKeysService } from '../../src/auth/api-keys.service';
import { loadConfig } from '../../src/config/app-config';
import { configureApp } from '../../src/configure-app';
import { type TestApp, truncateAll } from './test-app';

export interface AppOnDatabaseOptions {
  /** Defaults to the run's test database (DATABASE_URL from the global setup). */
  databaseUrl?: string;
  env?: Record<string, string>;
  /**
   * Empty the database on start, like startTestApp. False for a second instance, or a
   * restarted one, that must find what the first left behind.
   */
  emptyOnStart: boolean;
}

/**
 * The whole service like startTestApp, on a database of the caller's choice and without
 * necessarily emptying it on start: several instances on one database, restarts, a database
 * of a spec's own. reset() empties the database, like startTestApp's. Every instance gets an
 * admin key of its own on start; keys live in the database, so instances share them.
 */
export async function startAppOnDatabase(options: AppOnDatabaseOptions): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is set by the global test setup');
  const config = loadConfig({ ...options.env, DATABASE_URL: databaseUrl, PORT: '0' });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config, databaseUrl)],
  }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['fatal'] });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const apiKeys = app.get(ApiKeysService);
  const system = { keyId: null, name: 'test', role: 'system' as const };

  const testApp: TestApp = {
    app,
    baseUrl,
    dataSource,
    config,
    adminKey: '',
    keyFor: async (role) => (await apiKeys.create(`${role} key`, role, system)).plaintext,
    reset: async () => {
      await truncateAll(dataSource);
      testApp.adminKey = (await apiKeys.create('admin key', 'admin', system)).plaintext;
    },
    close: () => app.close(),
  };
  if (options.emptyOnStart) await testApp.reset();
  else testApp.adminKey = (await apiKeys.create('admin key', 'admin', system)).plaintext;
  return testApp;
}
