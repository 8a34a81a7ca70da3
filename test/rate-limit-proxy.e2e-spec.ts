import { api } from './support/api';
import { expectError } from './support/e2e-helpers';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The public rate limit counts per client address. Behind a reverse proxy the address is
 * the proxy's unless TRUST_PROXY names it; without it, X-Forwarded-For must not let a client
 * pick a fresh address for every request.
 */
const LIMIT = 3;
const lookup = (t: TestApp, forwardedFor: string) =>
  api(t, null).get('/api/v1/lookup?q=enkät', { 'X-Forwarded-For': forwardedFor });

async function useUpTheLimit(t: TestApp, forwardedFor: string): Promise<void> {
  for (let i = 0; i < LIMIT; i += 1) await lookup(t, forwardedFor).expect(200);
  expectError(await lookup(t, forwardedFor), 429, 'RATE_LIMITED');
}

describe('public rate limit without TRUST_PROXY', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      LOOKUP_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      FLAG_SCAN_INTERVAL_SECONDS: '0',
    });
  });
  afterAll(() => t.close());

  it('ignores X-Forwarded-For: a client cannot escape the limit by naming another address', async () => {
    await useUpTheLimit(t, '203.0.113.1');
    expectError(await lookup(t, '203.0.113.2'), 429, 'RATE_LIMITED');
    expectError(await lookup(t, '198.51.100.9, 203.0.113.3'), 429, 'RATE_LIMITED');
  });
});

describe('public rate limit with TRUST_PROXY=loopback (the service behind a local proxy)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      LOOKUP_RATE_LIMIT_PER_MINUTE: String(LIMIT),
      FLAG_SCAN_INTERVAL_SECONDS: '0',
      TRUST_PROXY: 'loopback',
    });
  });
  afterAll(() => t.close());

  it('counts each client the proxy names on its own', async () => {
    await useUpTheLimit(t, '203.0.113.1');
    const other = await lookup(t, '203.0.113.2').expect(200);
    expect(other.headers['x-ratelimit-remaining']).toBe(String(LIMIT - 1));
    expectError(await lookup(t, '203.0.113.1'), 429, 'RATE_LIMITED');
  });

  it('takes the address the trusted proxy saw, not one the client wrote before it', async () => {
    // The client sent "X-Forwarded-For: 192.0.2.50"; the proxy appended the real 198.51.100.7.
    await useUpTheLimit(t, '192.0.2.50, 198.51.100.7');
    expectError(await lookup(t, '192.0.2.51, 198.51.100.7'), 429, 'RATE_LIMITED');
    await lookup(t, '192.0.2.50, 198.51.100.8').expect(200);
  });
});
