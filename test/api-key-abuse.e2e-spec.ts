import { ApiKeysService, VERIFIED_KEY_CACHE_ENTRIES } from '../src/auth/api-keys.service';
import { api } from './support/api';
import { expectError } from './support/e2e-helpers';
import { startTestApp, TestApp } from './support/test-app';

const PARALLEL = 20;

describe('API keys under abuse', () => {
  let t: TestApp;

  /** Through a trusted proxy (loopback) that says the request came from `address`. */
  const from = (address: string, key: string | null) => ({
    get: (path: string) => api(t, key).get(path, { 'X-Forwarded-For': address }),
  });

  beforeAll(async () => {
    t = await startTestApp({ API_KEY_FAILURES_PER_MINUTE: '3', TRUST_PROXY: 'loopback' });
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After to an address after its failures, and only to it', async () => {
    const guesser = from('203.0.113.7', 'sct_guessed-key-0000000000000000');
    for (let i = 0; i < 3; i++) {
      expectError(await guesser.get('/api/v1/surveys'), 401, 'UNAUTHENTICATED');
    }
    const refused = await guesser.get('/api/v1/surveys');
    expectError(refused, 429, 'RATE_LIMITED');
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Not even a valid key is checked from there until the wait is over.
    expectError(await from('203.0.113.7', t.adminKey).get('/api/v1/surveys'), 429, 'RATE_LIMITED');

    await from('203.0.113.8', t.adminKey).get('/api/v1/surveys').expect(200);
    await from('2001:db8::8', t.adminKey).get('/api/v1/surveys').expect(200);
    expectError(
      await from('203.0.113.8', 'sct_another-guess-000000000000000').get('/api/v1/surveys'),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('keeps the cache of checked keys at its bound however many invalid keys arrive', async () => {
    const apiKeys = t.app.get(ApiKeysService);
    const total = VERIFIED_KEY_CACHE_ENTRIES + 200;
    for (let start = 0; start < total; start += PARALLEL) {
      const sent = Array.from({ length: Math.min(PARALLEL, total - start) }, (_, i) => {
        const n = start + i;
        // Each from an address of its own, so that the failure limit does not step in.
        return from(`10.1.${n >> 8}.${n & 255}`, `sct_invalid-${n}`).get('/api/v1/agencies');
      });
      for (const response of await Promise.all(sent)) expect(response.status).toBe(401);
      expect(apiKeys.cachedKeys).toBeLessThanOrEqual(VERIFIED_KEY_CACHE_ENTRIES);
    }
    expect(apiKeys.cachedKeys).toBe(VERIFIED_KEY_CACHE_ENTRIES);
    await from('10.2.0.1', t.adminKey).get('/api/v1/agencies').expect(200);
  });
});
