import fc from 'fast-check';
import request from 'supertest';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * No input from a client may cause a 500. Every documented operation gets random path
 * parameters, random values for its documented query parameters (and unknown ones), and
 * bodies made of its schema's field names with values of random JSON types, or text that is
 * not JSON at all. Fixed seed: a failure names the request and can be replayed.
 */
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: SchemaRef }> };
}
interface SchemaRef {
  $ref?: string;
  properties?: Record<string, unknown>;
  allOf?: SchemaRef[];
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, SchemaRef> };
}

interface FuzzRequest {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  body: string | null;
  contentType: string;
}

const METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;
const RUNS_PER_OPERATION = 25;

const awkwardText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    '0',
    '-1',
    '1e309',
    'NaN',
    'true',
    'null',
    '2021-02-30',
    '2021-13-01T25:61:00Z',
    'ENK-2021-0001',
    'enk-0000-0000',
    '../../etc/passwd',
    "'; DROP TABLE surveys; --",
    '%',
    '%25',
    '\u0000',
    'å'.repeat(500),
    'x'.repeat(5000),
  ),
);
const pathValue = fc.oneof(fc.uuid(), awkwardText);
const jsonValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  awkwardText,
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, true, false, [], {}, 2 ** 53, -(2 ** 31), 1e308),
);

function fieldNames(document: OpenApiDocument, schema: SchemaRef | undefined, depth = 0): string[] {
  if (!schema || depth > 3) return [];
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    return fieldNames(document, document.components?.schemas?.[name], depth + 1);
  }
  const own = Object.keys(schema.properties ?? {});
  return [...own, ...(schema.allOf ?? []).flatMap((part) => fieldNames(document, part, depth + 1))];
}

function requestsFor(document: OpenApiDocument, template: string, method: FuzzRequest['method']) {
  const operation = document.paths[template][method];
  const parameters = operation.parameters ?? [];
  const queryNames = [
    ...parameters.filter((p) => p.in === 'query').map((p) => p.name),
    'unknownParam',
  ];
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  const fields = [...fieldNames(document, schema), 'unknownField'];

  const path = fc.array(pathValue, { minLength: 4, maxLength: 4 }).map((values) => {
    let index = 0;
    return template.replace(/\{\w+\}/g, () => encodeURIComponent(values[index++]));
  });
  const query = fc
    .array(fc.tuple(fc.constantFrom(...queryNames), awkwardText), { maxLength: 4 })
    .map((pairs) =>
      pairs.length === 0
        ? ''
        : `?${pairs.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`,
    );
  const jsonBody = fc
    .oneof(fc.dictionary(fc.constantFrom(...fields), jsonValue, { maxKeys: 8 }), jsonValue)
    .map((value) => ({ body: JSON.stringify(value), contentType: 'application/json' }));
  const brokenBody = fc.constantFrom(
    { body: '{"title": ', contentType: 'application/json' },
    { body: 'not json', contentType: 'application/json' },
    { body: 'title=x&sentAt=y', contentType: 'application/x-www-form-urlencoded' },
    { body: '<survey/>', contentType: 'application/xml' },
  );
  const body =
    method === 'get' || method === 'delete' ? fc.constant(null) : fc.oneof(jsonBody, brokenBody);
  return fc.record({ path, query, body }).map(({ path: p, query: q, body: b }): FuzzRequest => ({
    method,
    path: `${p}${q}`,
    body: b?.body ?? null,
    contentType: b?.contentType ?? 'application/json',
  }));
}

describe('fuzzing every documented operation', () => {
  let t: TestApp;
  let document: OpenApiDocument;

  beforeAll(async () => {
    t = await startTestApp({
      FLAG_SCAN_INTERVAL_SECONDS: '0',
      LOOKUP_RATE_LIMIT_PER_MINUTE: '1000000',
    });
    document = (await request(t.baseUrl).get('/docs-json').expect(200)).body as OpenApiDocument;
  });
  afterAll(() => t.close());

  it('answers every request below 500, with the error shape on 4xx', async () => {
    const operations = Object.entries(document.paths).flatMap(([template, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({ template, method })),
    );
    expect(operations.length).toBeGreaterThan(40);
    const failures: string[] = [];
    let sent = 0;
    for (const { template, method } of operations) {
      const samples = fc.sample(requestsFor(document, template, method), {
        numRuns: RUNS_PER_OPERATION,
        seed: 20261123,
      });
      for (const sample of samples) {
        let call = request(t.baseUrl)
          [sample.method](sample.path)
          .set('Authorization', `Bearer ${t.adminKey}`);
        if (sample.body !== null)
          call = call.set('Content-Type', sample.contentType).send(sample.body);
        const response = await call;
        sent += 1;
        const described = `${sample.method.toUpperCase()} ${sample.path.slice(0, 200)} ${sample.body?.slice(0, 200) ?? ''}`;
        if (response.status >= 500) {
          failures.push(`${response.status} ← ${described}: ${response.text.slice(0, 200)}`);
        } else if (response.status >= 400 && response.type === 'application/json') {
          const error = response.body as { code?: unknown; message?: unknown };
          if (typeof error.code !== 'string' || typeof error.message !== 'string') {
            failures.push(`${response.status} without the error shape ← ${described}`);
          }
        }
      }
    }
    expect(sent).toBe(operations.length * RUNS_PER_OPERATION);
    expect(failures).toEqual([]);
  }, 240_000);
});
