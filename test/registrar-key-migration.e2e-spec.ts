import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { RegistrarSourceSystems1765200000000 } from '../migrations/1765200000000-RegistrarSourceSystems';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { MIGRATIONS } from '../src/database/migrations';

/** The server the test database lives on, for a scratch database of this spec's own. */
function serverUrl(database = 'postgres'): string {
  const url = new URL(process.env.DATABASE_URL ?? '');
  url.pathname = `/${database}`;
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

const KEYS = {
  admin: '00000000-0000-4000-8000-000000000001',
  lastApplier: '00000000-0000-4000-8000-000000000002',
  overwritten: '00000000-0000-4000-8000-000000000003',
  unused: '00000000-0000-4000-8000-000000000004',
};

/**
 * Registrar keys from before the binding: one applied registrations of two systems, one's
 * registration was later updated by another key (only the audit remembers it), one was never
 * used. An admin key registered too.
 */
async function seedBeforeBinding(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `INSERT INTO api_keys (id, name, role, key_hash, key_prefix)
     SELECT id::uuid, name, role, md5(name) || md5(role), 'sct_x'
       FROM (VALUES ($1, 'admin', 'admin'), ($2, 'last', 'registrar'),
                    ($3, 'overwritten', 'registrar'), ($4, 'unused', 'registrar'))
            AS k(id, name, role)`,
    [KEYS.admin, KEYS.lastApplier, KEYS.overwritten, KEYS.unused],
  );
  const [agency]: { id: string }[] = await dataSource.query(
    `INSERT INTO agencies (name, kind) VALUES ('Socialstyrelsen', 'state_agency') RETURNING id`,
  );
  const [survey]: { id: string }[] = await dataSource.query(
    `INSERT INTO surveys (reference, agency_id, title, collection_method, recipient_scope,
                          recipient_count)
     VALUES ('ENK-2021-0001', $1, 'Enkät', 'web_questionnaire', 'all_municipalities', 290)
     RETURNING id`,
    [agency.id],
  );
  const registrations: [string, string, string][] = [
    ['diarium-a', 'A-1', KEYS.lastApplier],
    ['diarium-b', 'B-1', KEYS.lastApplier],
    ['diarium-c', 'C-1', KEYS.lastApplier],
    ['diarium-z', 'Z-1', KEYS.admin],
  ];
  for (const [system, externalId, keyId] of registrations) {
    await dataSource.query(
      `INSERT INTO registrations (source_system, external_id, type, registered_at, agency_name,
                                  title, survey_id, applied_by_key_id, applied_at)
       VALUES ($1, $2, 'survey_received', now(), 'Socialstyrelsen', 'Enkät', $3, $4, now())`,
      [system, externalId, survey.id, keyId],
    );
  }
  // C-1 was first applied by the other key; the row now names the last applier.
  await dataSource.query(
    `INSERT INTO audit_events (actor, actor_key_id, entity_type, entity_id, action, changes)
     VALUES ('registrar:overwritten', $1, 'registration', gen_random_uuid(),
             'registration.created', '{"sourceSystem": "diarium-c", "externalId": "C-1"}'),
            ('registrar:overwritten', $1, 'survey', gen_random_uuid(), 'survey.created', '{}')`,
    [KEYS.overwritten],
  );
}

describe('migration: registrar keys bound to the systems they have used', () => {
  const name = `sct_keys_${process.pid}_${Date.now()}`;
  const position = MIGRATIONS.indexOf(RegistrarSourceSystems1765200000000);

  beforeAll(() => onServer(`CREATE DATABASE ${name}`));
  afterAll(() => onServer(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));

  async function migrated(migrations: typeof MIGRATIONS): Promise<DataSource> {
    const dataSource = new DataSource({
      ...buildDataSourceOptions(serverUrl(name), { poolSize: 2 }),
      migrations,
    });
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    return dataSource;
  }

  it('gives each registrar key the systems of its registrations and audit, and others none', async () => {
    expect(position).toBeGreaterThan(0);
    const before = await migrated(MIGRATIONS.slice(0, position));
    try {
      await seedBeforeBinding(before);
    } finally {
      await before.destroy();
    }
    const after = await migrated(MIGRATIONS);
    try {
      const rows: { id: string; source_systems: string[] }[] = await after.query(
        'SELECT id, source_systems FROM api_keys ORDER BY id',
      );
      expect(rows).toEqual([
        { id: KEYS.admin, source_systems: [] },
        { id: KEYS.lastApplier, source_systems: ['diarium-a', 'diarium-b', 'diarium-c'] },
        { id: KEYS.overwritten, source_systems: ['diarium-c'] },
        { id: KEYS.unused, source_systems: [] },
      ]);
    } finally {
      await after.destroy();
    }
  });
});
