import type { OpenAPIObject, OperationObject } from '@nestjs/swagger';
import {
  answersNotModified,
  isVersioned,
  stackErrors,
  withStackResponses,
} from './stack-responses';

const KEYED = [{ bearer: [] }];
const BODY = { content: { 'application/json': { schema: { type: 'object' as const } } } };
const QUERY = [{ name: 'limit', in: 'query' as const }];

function operation(parts: Partial<OperationObject>): OperationObject {
  return { responses: { 200: { description: 'ok' } }, ...parts };
}

describe('stackErrors', () => {
  it('gives a keyed operation with a body 400, 401, 413, 415, 429 and 503', () => {
    expect(stackErrors('patch', operation({ security: KEYED, requestBody: BODY }))).toEqual([
      400, 401, 413, 415, 429, 503,
    ]);
  });

  it('gives a keyed operation without input only 401, 429 and 503', () => {
    expect(stackErrors('get', operation({ security: KEYED, parameters: [] }))).toEqual([
      401, 429, 503,
    ]);
  });

  it('gives a public operation with parameters only 400', () => {
    expect(stackErrors('get', operation({ security: [], parameters: QUERY }))).toEqual([400]);
  });

  it('gives a POST without a documented body what the body parser answers', () => {
    expect(stackErrors('post', operation({ security: KEYED, parameters: [] }))).toEqual([
      400, 401, 413, 415, 429, 503,
    ]);
  });

  it('gives a public operation without input nothing', () => {
    expect(stackErrors('get', operation({ security: [] }))).toEqual([]);
  });
});

describe('answersNotModified', () => {
  const json = { 200: { description: 'ok', content: { 'application/json': {} } } };
  const csv = { 200: { description: 'ok', content: { 'text/csv': {} } } };

  it('holds for a GET of JSON only', () => {
    expect(answersNotModified('get', operation({ responses: json }))).toBe(true);
    expect(answersNotModified('get', operation({ responses: csv }))).toBe(false);
    expect(answersNotModified('post', operation({ responses: json }))).toBe(false);
  });
});

describe('withStackResponses', () => {
  it('adds the error responses, and keeps a description an operation gave itself', () => {
    const keyedGet = operation({
      security: KEYED,
      parameters: QUERY,
      responses: {
        200: { description: 'ok', content: { 'application/json': {} } },
        400: { description: 'q is missing' },
      },
    });
    const document = {
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: {
        '/things': { get: keyedGet, post: operation({ security: KEYED, requestBody: BODY }) },
      },
    } as OpenAPIObject;

    const paths = withStackResponses(document).paths['/things'];

    expect(Object.keys(paths.get!.responses)).toEqual(['200', '304', '400', '401', '429', '503']);
    expect(paths.get!.responses[400]).toEqual({ description: 'q is missing' });
    expect(paths.get!.responses[401]).toMatchObject({
      content: {
        'application/json': {
          schema: { $ref: '#/components/schemas/ErrorResponse' },
          example: { statusCode: 401, error: 'Unauthorized', code: 'UNAUTHENTICATED' },
        },
      },
    });
    expect(Object.keys(paths.post!.responses)).toEqual([
      '200',
      '400',
      '401',
      '413',
      '415',
      '429',
      '503',
    ]);
  });
});

describe('isVersioned', () => {
  const document = {
    components: {
      schemas: {
        Survey: { type: 'object', properties: { id: {}, version: { type: 'integer' } } },
        Page: { type: 'object', properties: { items: {} } },
      },
    },
  } as unknown as OpenAPIObject;
  const answering = (name: string) => ({
    description: 'ok',
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
  });

  it('holds for a named schema with a version, not for others', () => {
    expect(isVersioned(answering('Survey'), document)).toBe(true);
    expect(isVersioned(answering('Page'), document)).toBe(false);
    expect(isVersioned({ description: 'no body' }, document)).toBe(false);
  });
});
