export interface SessionLimits {
  idleMs: number;
  absoluteMs: number;
}

export interface SessionTimes {
  createdAt: number;
  lastSeenAt: number;
}

/** A session ends when unused for the idle time, or at the absolute time after sign-in. */
export function sessionExpired(times: SessionTimes, now: number, limits: SessionLimits): boolean {
  return now - times.lastSeenAt >= limits.idleMs || now - times.createdAt >= limits.absoluteMs;
}

/**
 * Recording every request's time would make each one a write; once a minute is enough for an
 * idle timeout counted in minutes.
 */
export const LAST_SEEN_GRANULARITY_MS = 60_000;

export function needsTouch(times: SessionTimes, now: number): boolean {
  return now - times.lastSeenAt >= LAST_SEEN_GRANULARITY_MS;
}
