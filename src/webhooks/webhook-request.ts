import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { addressProblem } from './webhook-url';

export interface PostOptions {
  timeoutMs: number;
  headers: Record<string, string>;
  /** Refuse private, loopback and link-local targets at connect time. */
  publicOnly: boolean;
  lookup: LookupFunction;
}

export type PostResult = { statusCode: number } | { error: string };

const MAX_ERROR_LENGTH = 500;

/** Keep-alive agents: a receiver that takes many events reuses its connections. */
export class WebhookAgents {
  readonly http = new HttpAgent({ keepAlive: true, maxSockets: 64 });
  readonly https = new HttpsAgent({ keepAlive: true, maxSockets: 64 });

  destroy(): void {
    this.http.destroy();
    this.https.destroy();
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, MAX_ERROR_LENGTH);
  const code = (error as NodeJS.ErrnoException).code;
  const text = code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  return text.slice(0, MAX_ERROR_LENGTH);
}

/**
 * POSTs a body and resolves with the status code, or with an error text for anything that
 * kept a status from arriving (refused, reset, timeout). Redirects are not followed: a
 * receiver must answer at the URL it registered. Never rejects.
 */
export function postBody(
  target: string,
  body: string,
  agents: WebhookAgents,
  options: PostOptions,
): Promise<PostResult> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(target);
    } catch (error) {
      resolve({ error: describe(error) });
      return;
    }
    const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (options.publicOnly && isIP(host) !== 0) {
      const problem = addressProblem(host);
      if (problem) {
        resolve({ error: `refused to connect: ${problem}` });
        return;
      }
    }
    const https = url.protocol === 'https:';
    let settled = false;
    const finish = (result: PostResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const request = (https ? httpsRequest : httpRequest)(url, {
      method: 'POST',
      agent: https ? agents.https : agents.http,
      headers: { ...options.headers, 'Content-Length': String(Buffer.byteLength(body)) },
      ...(options.publicOnly ? { lookup: options.lookup } : {}),
    });
    // One deadline for connect, status and body; a slow body is cut off after the status counted.
    const timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    request.on('close', () => clearTimeout(timer));
    request.on('response', (response) => {
      finish({ statusCode: response.statusCode ?? 0 });
      // Drain the answer so that the keep-alive connection can serve the next delivery.
      response.on('error', () => undefined);
      response.resume();
    });
    request.on('error', (error) => finish({ error: describe(error) }));
    request.end(body);
  });
}
