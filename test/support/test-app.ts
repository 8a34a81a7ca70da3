import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { ApiKeysService } from '../../src/auth/api-keys.service';
import type { Role } from '../../src/auth/roles';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { configureApp } from '../../src/configure-app';
import { ResponseCheck } from './response-check';

export interface TestApp extends RunningService {
  /** A fresh admin key after every reset. */
  adminKey: string;
  /** A new key of the role; a registrar key serves `sourceSystems` (default: skr-diarium). */
  keyFor(role: Role, sourceSystems?: string[]): Promise<string>;
  reset(): Promise<void>;
}

/** The source system of the specs' registrations, and of their registrar keys by default. */
export const DEFAULT_SOURCE_SYSTEM = 'skr-diarium';

/** Tables that migrations fill with reference data, or that migrations own. */
const KEPT_TABLES = new Set(['local_authorities', 'migrations', 'typeorm_metadata']);

export async function truncateAll(dataSource: DataSource): Promise<void> {
  const rows: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public'`,
  );
  const tables = rows.map((row) => row.tablename).filter((name) => !KEPT_TABLES.has(name));
  if (tables.length > 0) {
    await dataSource.query(
      `TRUNCATE ${tables.map((name) => `"${name}"`).join(', ')} RESTART IDENTITY CASCADE`,
    );
  }
}

/** The service as it runs, before the tests add keys to it. */
export interface RunningService {
  app: INestApplication;
  baseUrl: string;
  dataSource: DataSource;
  config: AppConfig;
  close(): Promise<void>;
}

/**
 * The whole service on a free loopback port, on the given database (default: the run's test
 * database, DATABASE_URL from the global setup), configured from `env` as in production.
 * Every answer it gives is checked against the OpenAPI document it serves (ResponseCheck).
 */
export async function startService(
  env: Record<string, string> = {},
  databaseUrl = process.env.DATABASE_URL,
): Promise<RunningService> {
  if (!databaseUrl) throw new Error('DATABASE_URL is set by the global test setup');
  const config = loadConfig({ ...env, DATABASE_URL: databaseUrl, PORT: '0' });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config, databaseUrl)],
  }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['fatal'] });
  const responseCheck = new ResponseCheck();
  app.use(responseCheck.middleware);
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  await responseCheck.load(baseUrl);
  return {
    app,
    baseUrl,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    config,
    close: () => app.close(),
  };
}

/**
 * A running service with keys for the tests: a fresh admin key, and `reset()` to empty the
 * database. `emptyOnStart` empties it at once; otherwise what is there stays.
 */
export async function withTestKeys(
  service: RunningService,
  emptyOnStart: boolean,
): Promise<TestApp> {
  const apiKeys = service.app.get(ApiKeysService);
  const system = { keyId: null, name: 'test', role: 'system' as const };
  const newAdminKey = async () =>
    (await apiKeys.create({ name: 'admin key', role: 'admin' }, system)).plaintext;
  const newKey = async (role: Role, sourceSystems = [DEFAULT_SOURCE_SYSTEM]) => {
    const input = { name: `${role} key`, role };
    const created = await apiKeys.create(
      role === 'registrar' ? { ...input, sourceSystems } : input,
      system,
    );
    return created.plaintext;
  };

  const testApp: TestApp = {
    ...service,
    adminKey: '',
    keyFor: newKey,
    reset: async () => {
      await truncateAll(service.dataSource);
      testApp.adminKey = await newAdminKey();
    },
  };
  if (emptyOnStart) await testApp.reset();
  else testApp.adminKey = await newAdminKey();
  return testApp;
}

/** The whole service on a real port and the real test database; requests go over HTTP. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  return withTestKeys(await startService(env), true);
}
