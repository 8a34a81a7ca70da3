import type { Pool, QueryResultRow } from 'pg';
import type { DataSource } from 'typeorm';
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
