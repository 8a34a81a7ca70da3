import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Turns one row read as JSON (`to_jsonb(alias)`, keys are column names) into an entity, with
 * the same per-column conversions TypeORM applies to rows it reads itself (timestamps to
 * Date, dates to 'YYYY-MM-DD', transformers). For hot reads that skip the query builder.
 */
export function hydrateEntity<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
): T {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as T;
  for (const column of metadata.nonVirtualColumns) {
    if (!(column.databaseName in row)) continue;
    const value = dataSource.driver.prepareHydratedValue(row[column.databaseName], column);
    column.setEntityValue(entity, value);
  }
  return entity;
}
