import fc from 'fast-check';
import { backoffDelayMs } from './backoff';

describe('backoffDelayMs (full jitter)', () => {
  it('stays within [0, min(cap, base * 2^(attempt-1))) for any attempt and random value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.integer({ min: 1, max: 86_400_000 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, base, extra, random) => {
          const cap = base + extra;
          const delay = backoffDelayMs(attempt, base, cap, () => random);
          const ceiling = Math.min(cap, base * 2 ** (attempt - 1));
          expect(Number.isInteger(delay)).toBe(true);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThan(Math.max(ceiling, 1));
        },
      ),
    );
  });

  it('doubles the ceiling per attempt until the cap', () => {
    const top = () => 0.999999;
    expect(backoffDelayMs(1, 1000, 60_000, top)).toBe(999);
    expect(backoffDelayMs(2, 1000, 60_000, top)).toBe(1999);
    expect(backoffDelayMs(4, 1000, 60_000, top)).toBe(7999);
    expect(backoffDelayMs(7, 1000, 60_000, top)).toBe(59_999);
    expect(backoffDelayMs(5_000, 1000, 60_000, top)).toBe(59_999);
  });

  it('may retry at once (full jitter spreads retries down to zero)', () => {
    expect(backoffDelayMs(3, 1000, 60_000, () => 0)).toBe(0);
  });
});
