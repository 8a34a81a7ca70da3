import { createHash } from 'node:crypto';

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as object)
        .sort()
        .map((key) => [key, stable((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** Identifies the facts a flag was raised on, so a dismissal holds exactly while they do. */
export function factsKey(code: string, evidence: Record<string, unknown>): string {
  return createHash('sha256')
    .update(JSON.stringify([code, stable(evidence)]))
    .digest('hex');
}
