import { EntityManager } from 'typeorm';
import { formatReference } from './survey-key';

/**
 * Allocates the next reference of a year inside the caller's transaction. The counter row
 * stays locked until commit, so concurrent creates queue up, and a rollback returns the
 * number: references are gapless and never shared.
 */
export async function allocateReference(manager: EntityManager, year: number): Promise<string> {
  return (await allocateReferences(manager, year, 1))[0];
}

/** The next `count` references of a year, in order, in one statement (as above). */
export async function allocateReferences(
  manager: EntityManager,
  year: number,
  count: number,
): Promise<string[]> {
  const rows: { last_number: number }[] = await manager.query(
    `INSERT INTO survey_reference_counters (year, last_number) VALUES ($1, $2)
     ON CONFLICT (year) DO UPDATE SET last_number = survey_reference_counters.last_number + $2
     RETURNING last_number`,
    [year, count],
  );
  const first = rows[0].last_number - count + 1;
  return Array.from({ length: count }, (_, i) => formatReference(year, first + i));
}
