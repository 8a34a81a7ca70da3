import { EntityManager } from 'typeorm';

/** What an intake lock serialises. */
export type IntakeLockKind = 'registration' | 'agency-name' | 'agency-surveys';

/**
 * A transaction-scoped advisory lock on a name, for "find, else create" steps that have no row
 * to lock yet (an agency not registered, a survey not yet matched). Taken in the order
 * registration → agency-name → agency-surveys → survey row, so two intakes never wait on
 * each other in a circle.
 */
export async function lockIntake(
  manager: EntityManager,
  kind: IntakeLockKind,
  key: string,
): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    JSON.stringify([kind, key]),
  ]);
}

/**
 * Several locks of one kind in one statement, in the order of their lock numbers, so that two
 * transactions taking overlapping sets never wait on each other in a circle.
 */
export async function lockIntakeMany(
  manager: EntityManager,
  kind: IntakeLockKind,
  keys: readonly string[],
): Promise<void> {
  if (keys.length === 0) return;
  await manager.query(
    `SELECT count(pg_advisory_xact_lock(lock)) FROM (
       SELECT DISTINCT hashtextextended(name, 0) AS lock FROM unnest($1::text[]) AS name
        ORDER BY lock) ordered`,
    [keys.map((key) => JSON.stringify([kind, key]))],
  );
}
