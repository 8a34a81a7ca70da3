import { INestApplication } from '@nestjs/common';
import { SwaggerModule } from '@nestjs/swagger';
import express from 'express';
import helmet from 'helmet';
import { bodyErrors } from './common/body-errors';
import { HttpExceptionFilter } from './common/http-exception.filter';
import { EtagInterceptor } from './common/etag.interceptor';
import { requestLogging } from './common/request-logging';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { createOpenApiDocument } from './openapi/openapi-document';

/** Everything about the HTTP stack that the service and the tests must share. */
export function configureApp(app: INestApplication, config: AppConfig): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  server.disable('x-powered-by');
  server.set('query parser', 'simple');
  server.set('trust proxy', config.trustProxy);
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
  app.use(express.json({ limit: config.bodyLimitBytes }));
  app.use(express.urlencoded({ extended: false, limit: config.bodyLimitBytes }));
  app.use(bodyErrors);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpExceptionFilter());
  app.useGlobalInterceptors(new EtagInterceptor());
  SwaggerModule.setup('docs', app, createOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}
