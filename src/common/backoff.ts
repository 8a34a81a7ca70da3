/**
 * Exponential back-off with full jitter (a uniformly random wait between zero and the
 * capped exponential), so that many failing deliveries do not retry in lock-step.
 * `attempt` counts from 1: the wait after the first failure.
 */
export function backoffDelayMs(
  attempt: number,
  baseMs: number,
  capMs: number,
  random: () => number = Math.random,
): number {
  const exponent = Math.min(Math.max(attempt, 1) - 1, 52);
  const ceiling = Math.min(capMs, baseMs * 2 ** exponent);
  return Math.floor(random() * ceiling);
}
