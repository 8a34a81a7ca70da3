import 'reflect-metadata';
import { LogLevel as NestLogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { AppConfig, ConfigError, loadConfig, LogLevel } from './config/app-config';
import { configureApp } from './configure-app';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { describeDatabase, ServiceLogger } from './common/start-logger';
import { FirstRunService } from './first-run/first-run.service';

const SHUTDOWN_TIMEOUT_MS = 20_000;

const NEST_LEVELS: Record<LogLevel, NestLogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  info: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

function readConfig(): AppConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function bootstrap(): Promise<void> {
  const config = readConfig();
  const logger = new ServiceLogger({ json: true, logLevels: NEST_LEVELS[config.logLevel] });
  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) {
    logger.log(`Starting the embedded PostgreSQL under ${config.dataDir}/pg`, 'Database');
    embedded = await startEmbeddedPostgres(config);
  }
  const app = await NestFactory.create(
    AppModule.forRoot(config, config.databaseUrl ?? embedded!.url),
    {
      bodyParser: false,
      logger,
    },
  );
  configureApp(app, config);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: draining requests and stopping`, 'Shutdown');
    // A hung drain must not keep the process (and the embedded database) alive forever.
    setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS).unref();
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    await app.listen(config.port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      logger.error(`Port ${config.port} is taken; set PORT to a free port`, 'Startup');
      await app.close();
      await embedded?.stop();
      process.exit(1);
    }
    throw error;
  }
  const baseUrl = `http://localhost:${config.port}`;
  logger.log(`Enkätkollen listens on ${baseUrl} (API docs at /docs)`, 'Startup');
  logger.log(
    `Database: ${config.databaseUrl ? describeDatabase(config.databaseUrl) : `embedded PostgreSQL under ${config.dataDir}/pg`}`,
    'Startup',
  );
  const firstRunLink = app.get(FirstRunService).takeLink();
  if (firstRunLink) {
    logger.warn(
      `No one has an account yet. Create the first administrator within 24 hours, once: ${baseUrl}${firstRunLink}`,
      'FirstRun',
    );
  }
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
