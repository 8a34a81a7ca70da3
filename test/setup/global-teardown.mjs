import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import pg from 'pg';

export default async function globalTeardown() {
  const state = globalThis.__SCT_TEST_DATABASE__;
  if (!state) return;
  if (state.server) {
    await state.server.stop();
    await rm(dirname(state.databaseDir), { recursive: true, force: true });
    return;
  }
  const client = new pg.Client({ connectionString: state.serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${state.database.name} WITH (FORCE)`);
  await client.end();
}
