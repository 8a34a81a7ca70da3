import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { SqlStatement } from './combined-writes';

/**
 * The INSERT of these entities as a statement to run with other writes (runWrites), mapped
 * by their entity metadata as `manager.insert` maps them. Nothing is read back: the caller
 * sets what the database would generate and the rows need afterwards (ids, above all).
 */
export function insertStatement<Entity extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<Entity>,
  rows: readonly Entity[],
): SqlStatement {
  const [text, values] = manager
    .createQueryBuilder()
    .insert()
    .into(target)
    .values(rows as Entity[])
    .updateEntity(false)
    .getQueryAndParameters();
  return { text, values: values as unknown[] };
}
