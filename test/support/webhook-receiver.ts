import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../../src/webhooks/signature';

export interface ReceivedEvent {
  id: string;
  type: string;
  occurredAt: string;
  data: Record<string, unknown>;
  signatureValid: boolean;
  contentType: string | undefined;
  /** Position among all calls, also refused ones (1-based). */
  call: number;
  answeredWith: number;
  at: number;
}

/** Decides a call's status from its position (1-based) among all calls. */
export type Responder = (call: number) => number;

/**
 * A webhook receiver on 127.0.0.1 that checks every signature with the secret. It can fail
 * calls by status (a Responder) and be taken down and brought back on the same port.
 */
export class WebhookReceiver {
  readonly calls: ReceivedEvent[] = [];
  responder: Responder = () => 200;
  /** Holds a call open before answering it (by its position among all calls). */
  delay: (call: number) => Promise<void> = () => Promise.resolve();
  /** Calls received and not yet answered. */
  inFlight = 0;
  private received = 0;
  private server: Server | null = null;
  private port = 0;

  constructor(private readonly secret: string) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks/enkatkollen`;
  }

  /** Events answered with a 2xx, in the order they arrived. */
  get accepted(): ReceivedEvent[] {
    return this.calls.filter((call) => call.answeredWith >= 200 && call.answeredWith < 300);
  }

  async start(): Promise<void> {
    const server = createServer((request, response) => this.handle(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Down: the port refuses connections, and open keep-alive connections are cut. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => void this.answer(request, response, Buffer.concat(chunks)));
  }

  private async answer(
    request: IncomingMessage,
    response: ServerResponse,
    raw: Buffer,
  ): Promise<void> {
    this.received += 1;
    const call = this.received;
    this.inFlight += 1;
    try {
      await this.delay(call);
      const status = this.responder(call);
      const body = JSON.parse(raw.toString('utf8')) as Omit<
        ReceivedEvent,
        'signatureValid' | 'call' | 'answeredWith' | 'at' | 'contentType'
      >;
      this.calls.push({
        id: body.id,
        type: body.type,
        occurredAt: body.occurredAt,
        data: body.data,
        signatureValid: verifySignature(
          this.secret,
          raw,
          request.headers['x-signature'] as string | undefined,
        ),
        contentType: request.headers['content-type'],
        call,
        answeredWith: status,
        at: Date.now(),
      });
      response.writeHead(status, { 'Content-Type': 'text/plain' });
      response.end(status < 300 ? 'ok' : 'failed');
    } finally {
      this.inFlight -= 1;
    }
  }
}

/** Polls until the condition holds; fails with the description after the timeout. */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  description: string,
  intervalMs = 25,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms: ${description}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export interface ExpectedEvent {
  id: string;
  survey_id: string | null;
  seq: string;
  type: string;
}

/**
 * For each survey, the order in which its events were first accepted equals the outbox
 * order; returns the surveys where it does not (empty when in order).
 */
export function outOfOrderSurveys(expected: ExpectedEvent[], accepted: ReceivedEvent[]) {
  const firstArrival = new Map<string, number>();
  accepted.forEach((event, index) => {
    if (!firstArrival.has(event.id)) firstArrival.set(event.id, index);
  });
  const bySurvey = new Map<string, ExpectedEvent[]>();
  for (const event of expected) {
    const key = event.survey_id ?? event.id;
    bySurvey.set(key, [...(bySurvey.get(key) ?? []), event]);
  }
  const problems: { surveyId: string; seqOrder: string[]; arrivalOrder: string[] }[] = [];
  for (const [surveyId, events] of bySurvey) {
    const seqOrder = [...events].sort((a, b) => Number(a.seq) - Number(b.seq)).map((e) => e.id);
    const arrivalOrder = [...events]
      .sort((a, b) => (firstArrival.get(a.id) ?? Infinity) - (firstArrival.get(b.id) ?? Infinity))
      .map((e) => e.id);
    if (seqOrder.join() !== arrivalOrder.join()) {
      problems.push({ surveyId, seqOrder, arrivalOrder });
    }
  }
  return problems;
}

/**
 * Calls (accepted or not) made for an event before every earlier event of its survey had
 * been accepted: the dispatcher must never do that. Empty when it kept to the order.
 */
export function callsAheadOfOrder(expected: ExpectedEvent[], calls: ReceivedEvent[]) {
  const byId = new Map(expected.map((event) => [event.id, event]));
  const accepted = new Set<string>();
  const problems: { eventId: string; call: number; waitingFor: string[] }[] = [];
  for (const call of calls) {
    const event = byId.get(call.id);
    if (event?.survey_id) {
      const waitingFor = expected
        .filter(
          (other) =>
            other.survey_id === event.survey_id &&
            Number(other.seq) < Number(event.seq) &&
            !accepted.has(other.id),
        )
        .map((other) => other.id);
      if (waitingFor.length > 0) problems.push({ eventId: call.id, call: call.call, waitingFor });
    }
    if (call.answeredWith >= 200 && call.answeredWith < 300) accepted.add(call.id);
  }
  return problems;
}
