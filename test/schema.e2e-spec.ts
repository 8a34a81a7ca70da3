import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';
import { pendingSchemaChanges } from '../src/database/schema-diff';
import { startTestApp, TestApp } from './support/test-app';

interface SchemaFingerprint {
  columns: string[];
  indexes: string[];
  constraints: string[];
  localAuthorities: number;
}

/** The server the test database lives on, for a scratch database of this spec's own. */
function serverUrl(): string {
  if (process.env.TEST_SERVER_URL) return process.env.TEST_SERVER_URL;
  const url = new URL(process.env.DATABASE_URL ?? '');
  url.pathname = '/postgres';
  return url.toString();
}

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function publicTables(dataSource: DataSource): Promise<string[]> {
  const rows: { tablename: string }[] = await dataSource.query(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  return rows.map((row) => row.tablename);
}

async function fingerprint(dataSource: DataSource): Promise<SchemaFingerprint> {
  const columns: { line: string }[] = await dataSource.query(
    `SELECT concat_ws(' ', table_name, column_name, data_type, character_maximum_length,
                      is_nullable, column_default) AS line
       FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`,
  );
  const indexes: { line: string }[] = await dataSource.query(
    `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`,
  );
  const constraints: { line: string }[] = await dataSource.query(
    `SELECT concat_ws(' ', rel.relname, con.conname, pg_get_constraintdef(con.oid)) AS line
       FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
       JOIN pg_namespace ns ON ns.oid = rel.relnamespace
      WHERE ns.nspname = 'public' ORDER BY 1`,
  );
  const authorities: { n: number }[] = await dataSource.query(
    'SELECT count(*)::int AS n FROM local_authorities',
  );
  return {
    columns: columns.map((row) => row.line),
    indexes: indexes.map((row) => row.line),
    constraints: constraints.map((row) => row.line),
    localAuthorities: authorities[0].n,
  };
}

describe('schema: entities and migrations agree', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  it('generates no schema change from the entities against the migrated database', async () => {
    const diff = await pendingSchemaChanges(t.dataSource);
    expect(diff.up).toEqual([]);
  });

  it('has run every migration, in order', async () => {
    const rows: { name: string }[] = await t.dataSource.query(
      'SELECT name FROM migrations ORDER BY id',
    );
    expect(rows.map((row) => row.name)).toEqual(
      MIGRATIONS.map((migration) => new migration().name),
    );
  });

  describe('down and up again, on a scratch database', () => {
    const name = `sct_schema_${process.pid}_${Date.now()}`;
    let scratch: DataSource;

    beforeAll(async () => {
      await onServer(`CREATE DATABASE ${name}`);
      const url = new URL(serverUrl());
      url.pathname = `/${name}`;
      scratch = new DataSource(
        buildDataSourceOptions(url.toString(), { poolSize: 2, applicationName: 'schema-spec' }),
      );
      await scratch.initialize();
      await scratch.runMigrations({ transaction: 'each' });
    });

    afterAll(async () => {
      if (scratch?.isInitialized) await scratch.destroy();
      await onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });

    it('reverts every migration, then rebuilds the same schema that the entities match', async () => {
      const migrated = await fingerprint(scratch);
      expect(migrated.localAuthorities).toBe(311);
      expect(migrated).toEqual(await fingerprint(t.dataSource));

      for (let i = 0; i < MIGRATIONS.length; i++) {
        await scratch.undoLastMigration({ transaction: 'each' });
      }
      expect(await publicTables(scratch)).toEqual(['migrations']);
      expect(await scratch.query('SELECT * FROM migrations')).toEqual([]);

      const rerun = await scratch.runMigrations({ transaction: 'each' });
      expect(rerun.map((migration) => migration.name)).toEqual(
        MIGRATIONS.map((migration) => new migration().name),
      );
      expect(await fingerprint(scratch)).toEqual(migrated);
      expect((await pendingSchemaChanges(scratch)).up).toEqual([]);
    });
  });
});
