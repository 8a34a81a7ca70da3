// Prints the SQL a new migration needs: run the migrations, then compare with the entities.
// Usage: npm run migration:diff (DATABASE_URL, or the embedded PostgreSQL under ./data).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { pendingSchemaChanges } from '../src/database/schema-diff';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(config);
  const dataSource = new DataSource(buildDataSourceOptions(config.databaseUrl ?? embedded!.url));
  try {
    await dataSource.initialize();
    const diff = await pendingSchemaChanges(dataSource);
    if (diff.up.length === 0) console.log('-- entities and migrations agree');
    for (const query of diff.up) console.log(`${query};`);
    console.log('-- down');
    for (const query of diff.down) console.log(`${query};`);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
