import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { api } from './support/api';
import { AGENCIES, surveyBody } from './support/fixtures';
import { ResponseCheck, takeResponseViolations } from './support/response-check';
import { type Exchange, type OpenApiDocument, ResponseContract } from './support/response-contract';
import { startTestApp, type TestApp } from './support/test-app';

/** An answer with a JSON body (or none), GET /api/v1/surveys 200 unless told otherwise. */
function exchange(parts: Partial<Omit<Exchange, 'body'>> & { body?: unknown }): Exchange {
  const { body, ...rest } = parts;
  return {
    method: 'GET',
    path: '/api/v1/surveys',
    status: 200,
    contentType: 'application/json; charset=utf-8',
    ...rest,
    body: Buffer.from(body === undefined ? '' : JSON.stringify(body)),
  };
}

describe('the response check against the served document', () => {
  let t: TestApp;
  let contract: ResponseContract;
  let survey: Record<string, unknown>;

  beforeAll(async () => {
    t = await startTestApp();
    const document = (await api(t, null).get('/docs-json').expect(200)).body as OpenApiDocument;
    contract = new ResponseContract(document);
    const agency = await api(t).post('/api/v1/agencies', AGENCIES.socialstyrelsen).expect(201);
    survey = (await api(t).post('/api/v1/surveys', surveyBody(agency.body.id)).expect(201)).body;
  });
  afterAll(() => t.close());

  it('accepts an answer the service gave', () => {
    const answer = { items: [survey], total: 1, limit: 50, offset: 0 };
    expect(contract.problem(exchange({ body: answer }))).toBeUndefined();
  });

  it('names a status the operation does not document', () => {
    expect(contract.problem(exchange({ status: 418, body: {} }))).toMatch(
      /GET \/api\/v1\/surveys answered 418, which it does not document/,
    );
  });

  it('names a required field that is missing, a field of the wrong type, and one not documented', () => {
    const untitled = { ...survey };
    delete untitled.title;
    const path = `/api/v1/surveys/${String(survey.id)}`;
    expect(contract.problem(exchange({ path, body: untitled }))).toMatch(
      /should have required property 'title'/,
    );
    expect(contract.problem(exchange({ path, body: { ...survey, version: '1' } }))).toMatch(
      /body\.version should be integer/,
    );
    expect(contract.problem(exchange({ path, body: { ...survey, secret: 1 } }))).toMatch(
      /should NOT have additional properties/,
    );
  });

  it('checks error bodies against the one error schema', () => {
    const path = '/api/v1/surveys/ENK-2021-9999';
    const notFound = { statusCode: 404, error: 'Not Found', code: 'NOT_FOUND', message: 'gone' };
    expect(contract.problem(exchange({ path, status: 404, body: notFound }))).toMatch(
      /should have required property 'details'/,
    );
    expect(
      contract.problem(exchange({ path, status: 404, body: { ...notFound, details: [] } })),
    ).toBeUndefined();
  });

  it('prefers a literal path segment and checks the media type', () => {
    const csv = { path: '/api/v1/surveys/export', contentType: 'text/csv; charset=utf-8' };
    expect(contract.problem({ ...exchange(csv), body: Buffer.from('a;b') })).toBeUndefined();
    expect(contract.problem(exchange({ ...csv, contentType: 'text/html', body: 'x' }))).toMatch(
      /answered text\/html; the document describes text\/csv/,
    );
  });

  it('leaves alone what the document does not describe', () => {
    expect(contract.problem(exchange({ path: '/dashboard', status: 302 }))).toBeUndefined();
  });
});

describe('ResponseCheck on a running server', () => {
  const document: OpenApiDocument = {
    paths: {
      '/things/{id}': {
        get: {
          responses: {
            200: {
              content: {
                'application/json': {
                  schema: { type: 'object', properties: { id: { type: 'string' } } },
                },
              },
            },
          },
        },
      },
    },
  };
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    const check = new ResponseCheck();
    const app = express();
    app.use(check.middleware);
    app.get('/docs-json', (_request, response) => {
      response.json(document);
    });
    app.get('/things/:id', (request, response) => {
      if (request.params.id === 'streamed') {
        response.type('json');
        response.write('{"id":');
        response.end('7}');
      } else if (request.params.id === 'missing') {
        response.status(404).json({ message: 'no such thing' });
      } else {
        response.json({ id: request.params.id });
      }
    });
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await check.load(baseUrl);
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('records nothing for an answer that fits', async () => {
    await request(baseUrl).get('/things/a').expect(200);
    expect(takeResponseViolations()).toEqual([]);
  });

  it('records a body written in parts that does not fit, and an undocumented status', async () => {
    await request(baseUrl).get('/things/streamed').expect(200);
    await request(baseUrl).get('/things/missing').expect(404);
    expect(takeResponseViolations()).toEqual([
      expect.stringMatching(/^GET \/things\/\{id\} 200: body\.id should be string/),
      expect.stringMatching(/^GET \/things\/\{id\} answered 404, which it does not document/),
    ]);
  });
});
