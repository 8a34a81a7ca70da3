import { FailedAuthLimiter } from './failed-auth-limiter';

function limiter(maxAddresses = 100) {
  const clock = { now: 1_000_000 };
  const limits = { maxFailures: 3, windowMs: 60_000, maxAddresses };
  return { clock, limiter: new FailedAuthLimiter(limits, () => clock.now) };
}

describe('FailedAuthLimiter', () => {
  it('lets an address fail up to the limit, then refuses it until the window has passed', () => {
    const { clock, limiter: l } = limiter();
    for (let i = 0; i < 3; i++) {
      expect(l.retryAfterMs('203.0.113.1')).toBe(0);
      l.recordFailure('203.0.113.1');
      clock.now += 1_000;
    }
    expect(l.retryAfterMs('203.0.113.1')).toBe(57_000);
    clock.now += 56_999;
    expect(l.retryAfterMs('203.0.113.1')).toBe(1);
    clock.now += 1;
    expect(l.retryAfterMs('203.0.113.1')).toBe(0);
  });

  it('starts a new window after the old one passed', () => {
    const { clock, limiter: l } = limiter();
    l.recordFailure('203.0.113.1');
    l.recordFailure('203.0.113.1');
    clock.now += 60_000;
    l.recordFailure('203.0.113.1');
    l.recordFailure('203.0.113.1');
    expect(l.retryAfterMs('203.0.113.1')).toBe(0);
    l.recordFailure('203.0.113.1');
    expect(l.retryAfterMs('203.0.113.1')).toBe(60_000);
  });

  it('does not hold one address’s failures against another', () => {
    const { limiter: l } = limiter();
    for (let i = 0; i < 10; i++) l.recordFailure('203.0.113.1');
    expect(l.retryAfterMs('203.0.113.1')).toBeGreaterThan(0);
    expect(l.retryAfterMs('203.0.113.2')).toBe(0);
    expect(l.retryAfterMs('2001:db8::1')).toBe(0);
  });

  it('remembers at most maxAddresses, forgetting the least recently failed', () => {
    const { limiter: l } = limiter(50);
    for (let i = 0; i < 3; i++) l.recordFailure('198.51.100.1');
    for (let i = 0; i < 1_000; i++) {
      l.recordFailure(`10.0.${i >> 8}.${i & 255}`);
      expect(l.size).toBeLessThanOrEqual(50);
    }
    expect(l.size).toBe(50);
    expect(l.retryAfterMs('198.51.100.1')).toBe(0);
  });
});
