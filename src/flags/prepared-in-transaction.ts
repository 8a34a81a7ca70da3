import type { ClientBase, QueryResultRow } from 'pg';
import { type EntityManager, QueryFailedError } from 'typeorm';

/**
 * Runs a named prepared statement on the connection of the manager's transaction: PostgreSQL
 * parses it once per connection instead of on every call, and plans it once where a generic
 * plan is as good as one for the given values. For the statements the flag engine runs on
 * every change. Errors are TypeORM's QueryFailedError, as from `manager.query`. Without a
 * transaction it is a plain query.
 */
export async function preparedInTransaction<Row extends QueryResultRow>(
  manager: EntityManager,
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) return manager.query(text, values);
  const client = (await runner.connect()) as ClientBase;
  try {
    const { rows } = await client.query<Row>({ name, text, values });
    return rows;
  } catch (error) {
    throw new QueryFailedError(text, values, error as Error);
  }
}
