import { INestApplication } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import helmet from 'helmet';
import { bodyParsing } from './common/body-parsing';
import { answerClientErrors } from './common/client-errors';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { EtagInterceptor } from './common/etag.interceptor';
import { RequestInputGuard } from './common/request-input.guard';
import { requestLogging } from './common/request-logging';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { Metrics } from './metrics/metrics';
import { requestTiming } from './metrics/request-timing';
import { createOpenApiDocument } from './openapi/openapi-document';

/** Everything about the HTTP stack that the service and the tests must share. */
export function configureApp(app: INestApplication, config: AppConfig): void {
  answerClientErrors(app.getHttpServer());
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.disable('x-powered-by');
  server.set('query parser', 'simple');
  server.set('trust proxy', config.trustProxy);
  if (config.metricsEnabled) app.use(requestTiming(app.get(Metrics)));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Swagger UI sets inline styles; pages of our own use none.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          scriptSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  app.use(requestLogging);
  app.use(...bodyParsing(config.bodyLimitBytes));
  app.useGlobalGuards(new RequestInputGuard(app.get(Reflector)));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.useGlobalInterceptors(new EtagInterceptor());
  SwaggerModule.setup('docs', app, createOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}
