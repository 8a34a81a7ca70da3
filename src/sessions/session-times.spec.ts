import { needsTouch, sessionExpired } from './session-times';

const limits = { idleMs: 60 * 60_000, absoluteMs: 10 * 3_600_000 };
const signIn = Date.UTC(2026, 2, 2, 8, 0);

describe('sessionExpired', () => {
  it('keeps a session used within the idle time', () => {
    const times = { createdAt: signIn, lastSeenAt: signIn + 30 * 60_000 };
    expect(sessionExpired(times, signIn + 89 * 60_000, limits)).toBe(false);
  });

  it('ends a session unused for the idle time', () => {
    const times = { createdAt: signIn, lastSeenAt: signIn };
    expect(sessionExpired(times, signIn + 60 * 60_000, limits)).toBe(true);
  });

  it('ends a busy session at the absolute time', () => {
    const end = signIn + 10 * 3_600_000;
    expect(sessionExpired({ createdAt: signIn, lastSeenAt: end - 1 }, end - 1, limits)).toBe(false);
    expect(sessionExpired({ createdAt: signIn, lastSeenAt: end - 1 }, end, limits)).toBe(true);
  });
});

describe('needsTouch', () => {
  it('records the time of use at most once a minute', () => {
    expect(needsTouch({ createdAt: signIn, lastSeenAt: signIn }, signIn + 59_999)).toBe(false);
    expect(needsTouch({ createdAt: signIn, lastSeenAt: signIn }, signIn + 60_000)).toBe(true);
  });
});
