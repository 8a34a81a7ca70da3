import { INestApplication } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
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

function openApiDocument(app: INestApplication) {
  const document = new DocumentBuilder()
    .setTitle('Enkätkollen')
    .setDescription(
      'Surveys from state agencies to municipalities and regions, SKR consultations under ' +
        'SFS 1982:668, network reviews, flags and response burden.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key' })
    .build();
  return SwaggerModule.createDocument(app, document);
}

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
  SwaggerModule.setup('docs', app, openApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}
