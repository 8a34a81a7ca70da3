import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { loadConfig } from '../../src/config/app-config';
import { configureApp } from '../../src/configure-app';

export interface BareApp {
  app: INestApplication;
  baseUrl: string;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * The whole service like `startTestApp`, but without the reset afterwards: what the service
 * did on start (the bootstrap key) stays in the database for the test to see.
 */
export async function startBareApp(env: Record<string, string> = {}): Promise<BareApp> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is set by the global test setup');
  const config = loadConfig({ ...env, DATABASE_URL: databaseUrl, PORT: '0' });
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forRoot(config, databaseUrl)],
  }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['fatal'] });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const baseUrl = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    baseUrl,
    dataSource: app.get<DataSource>(getDataSourceToken()),
    close: () => app.close(),
  };
}
