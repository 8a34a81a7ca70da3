import type { NextFunction, Request, Response } from 'express';
import { type OpenApiDocument, ResponseContract } from './response-contract';

/**
 * Every answer a test app gives is checked against the OpenAPI document it serves, as it goes
 * out; what does not fit is kept here until the test ends, and fails it (see
 * test/setup/response-check.ts). So each e2e spec also checks the document, for every
 * request it makes, errors included.
 */
const violations: string[] = [];

/** The problems found since the last call, and forgets them. */
export function takeResponseViolations(): string[] {
  return violations.splice(0, violations.length);
}

type Chunk = string | Buffer | Uint8Array;

function isJson(response: Response): boolean {
  return /^application\/json\b/i.test(String(response.getHeader('content-type') ?? ''));
}

function toBuffer(chunk: Chunk, encoding: unknown): Buffer {
  if (typeof chunk !== 'string') return Buffer.from(chunk);
  return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
}

export class ResponseCheck {
  private contract: ResponseContract | undefined;

  /** Reads the document the running app serves; answers before that are not checked. */
  async load(baseUrl: string): Promise<void> {
    const response = await fetch(`${baseUrl}/docs-json`);
    if (!response.ok) throw new Error(`GET /docs-json answered ${response.status}`);
    this.contract = new ResponseContract((await response.json()) as OpenApiDocument);
  }

  /** Express middleware that sees every answer: put it before everything else. */
  readonly middleware = (request: Request, response: Response, next: NextFunction): void => {
    const chunks: Buffer[] = [];
    let bodyBytes = 0;
    const keep = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buffer = toBuffer(chunk as Chunk, encoding);
      bodyBytes += buffer.length;
      if (isJson(response)) chunks.push(buffer);
    };
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => Response;
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as Response['write'];
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      this.check(request, response, chunks, bodyBytes);
      return end(chunk, ...rest);
    }) as Response['end'];
    next();
  };

  private check(request: Request, response: Response, chunks: Buffer[], bodyBytes: number) {
    if (!this.contract) return;
    const exchange = {
      method: request.method,
      path: request.originalUrl.split('?')[0],
      status: response.statusCode,
      contentType: response.getHeader('content-type')?.toString(),
      // A body not kept (not JSON) still counts as a body: one byte stands for it.
      body: chunks.length > 0 || bodyBytes === 0 ? Buffer.concat(chunks) : Buffer.alloc(1),
    };
    try {
      const problem = this.contract.problem(exchange);
      if (problem) violations.push(problem);
    } catch (error) {
      violations.push(`${exchange.method} ${exchange.path}: the check failed: ${String(error)}`);
    }
  }
}
