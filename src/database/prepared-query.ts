import type { ClientBase, Pool, QueryResultRow } from 'pg';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Runs a named prepared statement on the pool behind TypeORM: PostgreSQL parses and plans it
 * once per connection instead of once per call. For the hot reads (one survey, the lookup),
 * where planning costs more than executing. Errors are pg's own, as from `dataSource.query`.
 */
export async function preparedQuery<Row extends QueryResultRow>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const { rows } = await pool.query<Row>({ name, text, values });
  return rows;
}

/**
 * The same on the connection of the manager's transaction (the flag engine's statements on
 * every change). Errors are TypeORM's QueryFailedError, as from `manager.query`. Without a
 * transaction it is a plain query.
 */
export async function preparedQueryIn<Row extends QueryResultRow>(
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
