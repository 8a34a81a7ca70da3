import request from 'supertest';
import { api } from './support/api';
import { startTestApp, TestApp } from './support/test-app';

interface RouteLayer {
  route?: { path: unknown; methods: Record<string, boolean> };
}

interface ExpressApp {
  router: { stack: RouteLayer[] };
}

interface Operation {
  operationId: string;
  security?: object[];
  parameters?: { name: string; in: string }[];
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
}

interface OpenApiDocument {
  openapi: string;
  security?: object[];
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, object> };
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const OPERATION_IDS = [
  'closeSurvey',
  'createAgency',
  'createApiKey',
  'createBlackoutPeriod',
  'createNetwork',
  'createRegistration',
  'createRegistrationBatch',
  'createSurvey',
  'createWebhook',
  'deleteWebhook',
  'dismissFlag',
  'enableWebhook',
  'exportBurden',
  'exportConsultations',
  'exportSurveys',
  'getAgency',
  'getAvoidedBurden',
  'getBurdenReport',
  'getConsultation',
  'getConsultationStatistics',
  'getFlag',
  'getFlagStatistics',
  'getLiveness',
  'getLocalAuthority',
  'getLocalAuthorityBurden',
  'getNetwork',
  'getReadiness',
  'getSurvey',
  'getSurveyHistory',
  'getWebhook',
  'getWebhookDelivery',
  'listAgencies',
  'listApiKeys',
  'listBlackoutPeriods',
  'listConsultations',
  'listFlags',
  'listLocalAuthorities',
  'listNetworkReviews',
  'listNetworks',
  'listRegistrations',
  'listSurveyReports',
  'listSurveys',
  'listWebhookDeliveries',
  'listWebhooks',
  'lookupSurveys',
  'recordNetworkReview',
  'recordSurveyRound',
  'redeliverWebhook',
  'reportSurvey',
  'requestConsultation',
  'revokeApiKey',
  'sendSurvey',
  'updateAgency',
  'updateConsultation',
  'updateSurvey',
  'withdrawSurvey',
];

function operations(document: OpenApiDocument) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => ({
      method,
      path,
      operation: item[method] as Operation,
    })),
  );
}

/** Every route the running Express app answers, as "METHOD /path/{param}". */
function registeredRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as ExpressApp;
  return express.router.stack.flatMap((layer) => {
    const route = layer.route;
    if (!route || typeof route.path !== 'string') return [];
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    return Object.keys(route.methods)
      .filter(
        (method) => route.methods[method] && (HTTP_METHODS as readonly string[]).includes(method),
      )
      .map((method) => `${method.toUpperCase()} ${path}`);
  });
}

function documentedRoutes(document: OpenApiDocument): string[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => (HTTP_METHODS as readonly string[]).includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let document: OpenApiDocument;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    document = (await api(t, null).get('/docs-json').expect(200)).body as OpenApiDocument;
  });

  it('documents every /api/v1 and /health route the app serves', () => {
    const served = registeredRoutes(t).filter((route) => / \/(api\/v1|health)\//.test(route));
    const documented = new Set(documentedRoutes(document));
    const missing = served.filter((route) => !documented.has(route));
    expect(missing).toEqual([]);
  });

  it('finds the foundation routes in the router it checks', () => {
    // Guards the check above: an empty or misread router would pass it trivially.
    expect(registeredRoutes(t)).toEqual(
      expect.arrayContaining([
        'GET /api/v1/local-authorities',
        'GET /api/v1/local-authorities/{code}',
        'POST /api/v1/agencies',
        'GET /api/v1/agencies',
        'GET /api/v1/agencies/{id}',
        'PATCH /api/v1/agencies/{id}',
        'POST /api/v1/networks',
        'GET /api/v1/networks',
        'GET /api/v1/networks/{id}',
        'POST /api/v1/api-keys',
        'GET /api/v1/api-keys',
        'DELETE /api/v1/api-keys/{id}',
        'POST /api/v1/surveys',
        'GET /api/v1/surveys',
        'GET /api/v1/surveys/{id}',
        'PATCH /api/v1/surveys/{id}',
        'POST /api/v1/surveys/{id}/send',
        'POST /api/v1/surveys/{id}/withdraw',
        'POST /api/v1/surveys/{id}/close',
        'POST /api/v1/surveys/{id}/rounds',
        'GET /api/v1/surveys/{id}/history',
        'GET /health/live',
        'GET /health/ready',
      ]),
    );
  });

  it('documents only routes that exist', () => {
    const served = new Set(registeredRoutes(t));
    expect(documentedRoutes(document).filter((route) => !served.has(route))).toEqual([]);
  });

  it('describes the API key scheme and the path parameters', () => {
    expect(document.openapi).toMatch(/^3\./);
    const send = document.paths['/api/v1/surveys/{id}/send'].post as {
      parameters: { name: string; in: string }[];
    };
    expect(send.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'id', in: 'path' }),
        expect.objectContaining({ name: 'If-Match', in: 'header' }),
      ]),
    );
    const schemes = (document as unknown as { components: { securitySchemes: object } }).components
      .securitySchemes;
    expect(Object.values(schemes)).toEqual([
      expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    ]);
  });

  it('declares a key exactly where the service asks for one', async () => {
    const answers = await Promise.all(
      operations(document).map(async ({ method, path, operation }) => {
        const concretePath = path.replace(/\{\w+\}/g, '00000000-0000-4000-8000-000000000000');
        const response = await request(t.baseUrl)[method](concretePath);
        const keyed = (operation.security ?? document.security ?? []).length > 0;
        return `${method.toUpperCase()} ${path}: ${keyed ? 'keyed' : 'public'}, ${response.status === 401 ? 401 : 'not 401'}`;
      }),
    );
    expect(answers.filter((answer) => !/(keyed, 401|public, not 401)$/.test(answer))).toEqual([]);
    expect(answers.filter((answer) => answer.endsWith('public, not 401')).length).toBeGreaterThan(
      5,
    );
  });

  it('answers every list that takes limit and offset with a page of named items', () => {
    const paged = operations(document).filter(({ operation }) =>
      ['limit', 'offset'].every((name) =>
        (operation.parameters ?? []).some((parameter) => parameter.name === name),
      ),
    );
    expect(paged.map(({ operation }) => operation.operationId)).toEqual(
      expect.arrayContaining([
        'listSurveys',
        'listAgencies',
        'listConsultations',
        'listFlags',
        'listRegistrations',
      ]),
    );
    for (const { operation } of paged) {
      const ref = operation.responses['200'].content?.['application/json'].schema.$ref ?? '';
      const page = document.components.schemas[ref.split('/').pop() ?? ''];
      expect({ operation: operation.operationId, page }).toMatchObject({
        page: {
          required: ['items', 'total', 'limit', 'offset'],
          properties: { items: { type: 'array', items: { $ref: expect.any(String) } } },
        },
      });
    }
  });

  it('keeps the operationIds that clients are generated with', () => {
    // Renaming one breaks every generated client; new operations may be added.
    expect(operations(document).map(({ operation }) => operation.operationId)).toEqual(
      expect.arrayContaining(OPERATION_IDS),
    );
  });

  it('serves the documentation UI as HTML at /docs', async () => {
    const response = await api(t, null).get('/docs').redirects(1).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('swagger-ui');
  });
});
