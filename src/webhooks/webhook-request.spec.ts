import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postBody, type PostOptions, WebhookAgents } from './webhook-request';
import { publicOnlyLookup } from './webhook-url';

describe('postBody', () => {
  let server: Server;
  let port: number;
  let received: { path: string; body: string; signature: string | undefined }[];
  let answer: (path: string) => { status: number; headers?: Record<string, string> } | null;
  let abandoned: Promise<void>;
  let abandon: () => void;
  const agents = new WebhookAgents();

  const options = (overrides: Partial<PostOptions> = {}): PostOptions => ({
    timeoutMs: 1_000,
    headers: { 'Content-Type': 'application/json', 'X-Signature': 'sha256=abc' },
    publicOnly: false,
    lookup: publicOnlyLookup,
    ...overrides,
  });

  beforeAll(async () => {
    server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.push({
          path: request.url ?? '',
          body,
          signature: request.headers['x-signature'] as string | undefined,
        });
        const reply = answer(request.url ?? '');
        if (!reply) {
          // Never answers; the client must give up and close the connection.
          response.on('close', abandon);
          return;
        }
        response.writeHead(reply.status, reply.headers);
        response.end('ignored body');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    agents.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    received = [];
    abandoned = new Promise((resolve) => (abandon = resolve));
    answer = () => ({ status: 200 });
  });

  it('POSTs the exact body with the given headers and reports the status', async () => {
    const result = await postBody(`http://127.0.0.1:${port}/hook`, '{"a":1}', agents, options());
    expect(result).toEqual({ statusCode: 200 });
    expect(received).toEqual([{ path: '/hook', body: '{"a":1}', signature: 'sha256=abc' }]);
  });

  it('reports a redirect as its status and does not follow it', async () => {
    answer = (path) =>
      path === '/moved' ? { status: 302, headers: { Location: '/elsewhere' } } : { status: 200 };
    const result = await postBody(`http://127.0.0.1:${port}/moved`, '{}', agents, options());
    expect(result).toEqual({ statusCode: 302 });
    expect(received.map((request) => request.path)).toEqual(['/moved']);
  });

  it('gives up on a receiver that does not answer within the timeout', async () => {
    answer = () => null;
    const result = await postBody(
      `http://127.0.0.1:${port}/slow`,
      '{}',
      agents,
      options({ timeoutMs: 200 }),
    );
    expect(result).toEqual({ error: 'no answer within 200 ms' });
    await abandoned;
  });

  it('reports a refused connection as an error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await postBody(`http://127.0.0.1:${closedPort}/`, '{}', agents, options());
    expect('error' in result && result.error).toMatch(/ECONNREFUSED/);
  });

  it('refuses loopback targets when only public ones are allowed, by literal or by name', async () => {
    const literal = await postBody(
      `http://127.0.0.1:${port}/hook`,
      '{}',
      agents,
      options({ publicOnly: true }),
    );
    expect(literal).toEqual({ error: 'refused to connect: 127.0.0.1 is a loopback address' });
    const named = await postBody(
      `http://localhost:${port}/hook`,
      '{}',
      agents,
      options({ publicOnly: true }),
    );
    expect('error' in named && named.error).toMatch(/refused to connect: .* is a loopback address/);
    expect(received).toEqual([]);
  });
});
