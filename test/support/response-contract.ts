import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';

/**
 * The service's answers checked against its own OpenAPI document: a status the operation
 * does not document, a media type it does not list, or a JSON body that does not fit the
 * schema is a problem. Schemas are read closed (a field the document does not name is a
 * problem too), so that the document keeps up with what the service sends.
 */

type Schema = Record<string, unknown>;

interface MediaType {
  schema?: Schema;
}

interface ResponseObject {
  content?: Record<string, MediaType>;
}

interface Operation {
  responses: Record<string, ResponseObject>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** One answer of the service, as it went out. */
export interface Exchange {
  method: string;
  /** Without the query string. */
  path: string;
  status: number;
  contentType: string | undefined;
  body: Buffer;
}

interface Route {
  template: string;
  pattern: RegExp;
  parameters: number;
  operations: Record<string, Operation>;
}

const COMPONENTS_ID = 'openapi-components';
const JSON_MEDIA_TYPE = 'application/json';

function routeOf(template: string, operations: Record<string, Operation>): Route {
  const segments = template
    .split('/')
    .map((segment) =>
      /^\{\w+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
  return {
    template,
    pattern: new RegExp(`^${segments.join('/')}$`),
    parameters: (template.match(/\{/g) ?? []).length,
    operations,
  };
}

/**
 * An OpenAPI 3.0 schema as JSON Schema for Ajv: `nullable` becomes a union with null,
 * references point into the components schema, and objects with properties are closed.
 */
export function toJsonSchema(schema: Schema): Schema {
  if (typeof schema.$ref === 'string') {
    return { $ref: schema.$ref.replace('#/components/schemas/', `${COMPONENTS_ID}#/definitions/`) };
  }
  const { nullable, ...rest } = schema;
  const converted: Schema = { ...rest };
  if (rest.properties) {
    converted.properties = Object.fromEntries(
      Object.entries(rest.properties as Record<string, Schema>).map(([name, property]) => [
        name,
        toJsonSchema(property),
      ]),
    );
    converted.additionalProperties ??= false;
  }
  if (rest.items) converted.items = toJsonSchema(rest.items as Schema);
  if (typeof rest.additionalProperties === 'object') {
    converted.additionalProperties = toJsonSchema(rest.additionalProperties as Schema);
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf'] as const) {
    if (Array.isArray(rest[keyword]))
      converted[keyword] = (rest[keyword] as Schema[]).map(toJsonSchema);
  }
  return nullable === true ? { anyOf: [{ type: 'null' }, converted] } : converted;
}

/** "body.items[0] should NOT have additional properties (surveys)". */
function describeError(error: ErrorObject): string {
  const { additionalProperty } = error.params as { additionalProperty?: string };
  const extra = additionalProperty ? ` (${additionalProperty})` : '';
  return `body${error.dataPath} ${error.message ?? 'is invalid'}${extra}`;
}

function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0].trim().toLowerCase();
}

export class ResponseContract {
  private readonly routes: Route[];
  private readonly ajv = new Ajv({ allErrors: true, format: 'full', unknownFormats: 'ignore' });
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    // A literal segment wins over a parameter: /surveys/export is not /surveys/{id}.
    this.routes = Object.entries(document.paths)
      .map(([template, operations]) => routeOf(template, operations))
      .sort((a, b) => a.parameters - b.parameters);
    const definitions = Object.fromEntries(
      Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => [
        name,
        toJsonSchema(schema),
      ]),
    );
    this.ajv.addSchema({ $id: COMPONENTS_ID, definitions });
  }

  /** What is wrong with the answer by the document; undefined when it fits, or when the
   * document does not describe the operation at all (pages, the documentation itself). */
  problem(exchange: Exchange): string | undefined {
    const method = exchange.method.toLowerCase();
    const route = this.routes.find(
      (candidate) => candidate.operations[method] && candidate.pattern.test(exchange.path),
    );
    if (!route) return undefined;
    const operation = `${method.toUpperCase()} ${route.template}`;
    const status = String(exchange.status);
    const responses = route.operations[method].responses;
    const response = responses[status] ?? responses[`${status[0]}XX`] ?? responses.default;
    if (!response) {
      return `${operation} answered ${status}, which it does not document (${Object.keys(responses).join(', ')})`;
    }
    return this.bodyProblem(operation, status, response, exchange);
  }

  private bodyProblem(
    operation: string,
    status: string,
    response: ResponseObject,
    exchange: Exchange,
  ): string | undefined {
    const documented = Object.keys(response.content ?? {});
    if (exchange.body.length === 0) {
      return documented.length === 0
        ? undefined
        : `${operation} ${status} had no body; the document describes ${documented.join(', ')}`;
    }
    const mediaType = mediaTypeOf(exchange.contentType) ?? '(no Content-Type)';
    const content = response.content?.[mediaType];
    if (!content) {
      return `${operation} ${status} answered ${mediaType}; the document describes ${documented.join(', ') || 'no body'}`;
    }
    if (mediaType !== JSON_MEDIA_TYPE || !content.schema) return undefined;
    let body: unknown;
    try {
      body = JSON.parse(exchange.body.toString('utf8'));
    } catch {
      return `${operation} ${status} answered ${mediaType} that is not JSON`;
    }
    const validate = this.validator(`${operation} ${status}`, content.schema);
    if (validate(body)) return undefined;
    const errors = (validate.errors ?? []).map(describeError).join('; ');
    return `${operation} ${status}: ${errors} in ${exchange.body.toString('utf8').slice(0, 500)}`;
  }

  private validator(key: string, schema: Schema): ValidateFunction {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(toJsonSchema(schema));
      this.validators.set(key, validate);
    }
    return validate;
  }
}
