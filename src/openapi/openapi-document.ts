import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ErrorResponse } from './error-responses';
import { withStackResponses } from './stack-responses';

/** The OpenAPI document served at /docs-json, from the controllers' decorators. */
export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Enkätkollen')
    .setDescription(
      'Surveys from state agencies to municipalities and regions, SKR consultations under ' +
        'SFS 1982:668, network reviews, flags and response burden. Errors always have the ' +
        'shape of ErrorResponse. Writes answer with ETag: "<version>"; send it back in ' +
        'If-Match to guard against lost updates (412 when stale).',
    )
    .setVersion('1')
    .addServer('/', 'The service that serves this document')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key' })
    .build();
  return withStackResponses(
    SwaggerModule.createDocument(app, config, { extraModels: [ErrorResponse] }),
  );
}
