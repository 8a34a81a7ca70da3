import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../../src/webhooks/signature';

/** One delivery as the receiver saw it. */
export interface Receipt {
  eventId: string;
  type: string;
  surveyId: string | null;
  /** The event's occurredAt (written with the change), ms since the epoch. */
  occurredAt: number;
  /** When the request's body had arrived, ms since the epoch. */
  receivedAt: number;
  signatureValid: boolean;
}

export interface WebhookReceiver {
  url: string;
  receipts: Receipt[];
  close(): Promise<void>;
}

/**
 * A local subscriber: answers every POST with 204 at once and records what arrived, when,
 * and whether its X-Signature matches the body. Loopback only.
 */
export async function startWebhookReceiver(secret: string): Promise<WebhookReceiver> {
  const receipts: Receipt[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const receivedAt = Date.now();
      const body = Buffer.concat(chunks);
      const header = request.headers['x-signature'];
      try {
        const event = JSON.parse(body.toString('utf8')) as {
          id: string;
          type: string;
          occurredAt: string;
          data: { surveyId?: string };
        };
        receipts.push({
          eventId: event.id,
          type: event.type,
          surveyId: event.data.surveyId ?? null,
          occurredAt: Date.parse(event.occurredAt),
          receivedAt,
          signatureValid: verifySignature(secret, body, Array.isArray(header) ? header[0] : header),
        });
        response.writeHead(204).end();
      } catch {
        response.writeHead(400).end();
      }
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/enkatkollen`,
    receipts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
