export interface FailedAuthLimits {
  /** Failed authentications from one client address within a window before it must wait. */
  maxFailures: number;
  windowMs: number;
  /** Addresses remembered at most, least recently failed forgotten first. */
  maxAddresses: number;
}

interface FailureWindow {
  startedAt: number;
  failures: number;
}

/**
 * Slows down guessing keys: an address that failed `maxFailures` times within a window
 * (counted from its first failure) is refused until that window has passed. Other addresses
 * are not affected. Bounded: a client cycling through addresses pushes out the oldest.
 */
export class FailedAuthLimiter {
  private readonly windows = new Map<string, FailureWindow>();

  constructor(
    private readonly limits: FailedAuthLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the address may try a key again; 0 when it may now. */
  retryAfterMs(address: string): number {
    const window = this.current(address);
    if (!window || window.failures < this.limits.maxFailures) return 0;
    return window.startedAt + this.limits.windowMs - this.now();
  }

  recordFailure(address: string): void {
    const window = this.current(address) ?? { startedAt: this.now(), failures: 0 };
    window.failures += 1;
    // Map keeps insertion order: re-inserting makes this the most recently failed.
    this.windows.delete(address);
    this.windows.set(address, window);
    while (this.windows.size > this.limits.maxAddresses) {
      this.windows.delete(this.windows.keys().next().value as string);
    }
  }

  /** Addresses remembered now. */
  get size(): number {
    return this.windows.size;
  }

  private current(address: string): FailureWindow | undefined {
    const window = this.windows.get(address);
    if (window && this.now() - window.startedAt >= this.limits.windowMs) {
      this.windows.delete(address);
      return undefined;
    }
    return window;
  }
}
