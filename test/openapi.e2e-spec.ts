import { api } from './support/api';
import { startTestApp, TestApp } from './support/test-app';

interface RouteLayer {
  route?: { path: unknown; methods: Record<string, boolean> };
}

interface ExpressApp {
  router: { stack: RouteLayer[] };
}

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every route the running Express app answers, as "METHOD /path/{param}". */
function registeredRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as ExpressApp;
  return express.router.stack.flatMap((layer) => {
    const route = layer.route;
    if (!route || typeof route.path !== 'string') return [];
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    return Object.keys(route.methods)
      .filter((method) => route.methods[method] && HTTP_METHODS.includes(method))
      .map((method) => `${method.toUpperCase()} ${path}`);
  });
}

function documentedRoutes(document: OpenApiDocument): string[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.keys(operations)
      .filter((method) => HTTP_METHODS.includes(method))
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

  it('serves the documentation UI as HTML at /docs', async () => {
    const response = await api(t, null).get('/docs').redirects(1).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('swagger-ui');
  });
});
