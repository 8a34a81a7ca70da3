import { EntityManager } from 'typeorm';
import { formatReference } from './survey-key';

/**
 * Allocates the next reference of a year inside the caller's transaction. The counter row
 * stays locked until commit, so concurrent creates queue up, and a rollback returns the
 * number: references are gapless and never shared.
 */
export async function allocateReference(manager: EntityManager, year: number): Promise<string> {
  const rows: { last_number: number }[] = await manager.query(
    `INSERT INTO survey_reference_counters (year, last_number) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_number = survey_reference_counters.last_number + 1
     RETURNING last_number`,
    [year],
  );
  return formatReference(year, rows[0].last_number);
}
