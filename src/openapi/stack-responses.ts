import type {
  HeaderObject,
  OpenAPIObject,
  OperationObject,
  PathItemObject,
  ReferenceObject,
  ResponseObject,
} from '@nestjs/swagger';
import { errorResponseObject, type ErrorStatus } from './error-responses';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const BODY_METHODS = new Set(['post', 'put', 'patch']);

/**
 * The errors that come from the HTTP stack every route shares (configure-app and the global
 * key guard), not from a controller: the validation pipe answers 400 to any operation with
 * input; the body parser reads whatever body comes with a POST, PUT or PATCH, before any
 * route, and answers 400, 413 and 415; the key guard answers 401 to any keyed operation, and
 * 429 to an address after too many failed keys; a keyed operation reads the database (its
 * key, at least), which answers 503 when down.
 */
export function stackErrors(method: string, operation: OperationObject): ErrorStatus[] {
  const keyed = (operation.security ?? []).length > 0;
  const hasBody = operation.requestBody !== undefined || BODY_METHODS.has(method);
  const hasInput = (operation.parameters ?? []).length > 0 || hasBody;
  return [
    ...(hasInput ? [400 as const] : []),
    ...(keyed ? [401 as const] : []),
    ...(hasBody ? [413 as const, 415 as const] : []),
    ...(keyed ? [429 as const, 503 as const] : []),
  ];
}

/**
 * Express answers a GET of a JSON body with 304 when the client's If-None-Match names the
 * body's ETag (the version a write sent, or a hash Express makes).
 */
export function answersNotModified(method: string, operation: OperationObject): boolean {
  const ok = operation.responses[200] as ResponseObject | undefined;
  return method === 'get' && ok?.content?.['application/json'] !== undefined;
}

const NOT_MODIFIED: ResponseObject = {
  description: 'Not modified: the ETag sent in If-None-Match is still current',
};

const VERSION_ETAG: HeaderObject = {
  description: 'The version of the resource, "3": send it in If-Match to change it safely',
  schema: { type: 'string', pattern: '^"[0-9]+"$', example: '"3"' },
};

/** Whether the response is one named schema with a `version`: a versioned resource. */
export function isVersioned(response: ResponseObject, document: OpenAPIObject): boolean {
  const ref = (response.content?.['application/json']?.schema as ReferenceObject | undefined)?.$ref;
  const schema = ref && document.components?.schemas?.[ref.split('/').pop()!];
  return Boolean(schema && 'properties' in schema && schema.properties?.version);
}

/**
 * Adds the stack's answers to every operation that does not document them itself, and the
 * ETag that EtagInterceptor sends with every resource that has a version.
 */
export function withStackResponses(document: OpenAPIObject): OpenAPIObject {
  for (const pathItem of Object.values(document.paths) as PathItemObject[]) {
    for (const method of METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status.startsWith('2') && isVersioned(response as ResponseObject, document)) {
          (response as ResponseObject).headers ??= { ETag: VERSION_ETAG };
        }
      }
      if (answersNotModified(method, operation)) operation.responses[304] ??= NOT_MODIFIED;
      for (const status of stackErrors(method, operation)) {
        operation.responses[status] ??= errorResponseObject(status);
      }
    }
  }
  return document;
}
