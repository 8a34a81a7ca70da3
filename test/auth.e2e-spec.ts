import { createHash } from 'node:crypto';
import request from 'supertest';
import { api } from './support/api';
import { type BareApp, startBareApp } from './support/bare-app';
import { expectError, type HistoryEntry, type SurveyView } from './support/e2e-helpers';
import { AGENCIES, surveyBody } from './support/fixtures';
import { startTestApp, TestApp, truncateAll } from './support/test-app';

interface KeyView {
  id: string;
  name: string;
  role: string;
  sourceSystems: string[];
  keyPrefix: string;
  createdAt: string;
  revokedAt: string | null;
  key?: string;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('authentication and roles', () => {
  let t: TestApp;
  let agencyId: string;

  async function createKey(name: string, role: string): Promise<KeyView> {
    const body = role === 'registrar' ? { name, role, sourceSystems: ['diarium'] } : { name, role };
    return (await api(t).post('/api/v1/api-keys', body).expect(201)).body as KeyView;
  }

  async function listKeys(key = t.adminKey): Promise<KeyView[]> {
    return ((await api(t, key).get('/api/v1/api-keys').expect(200)).body as { items: KeyView[] })
      .items;
  }

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    agencyId = (await api(t).post('/api/v1/agencies', AGENCIES.socialstyrelsen).expect(201)).body
      .id as string;
  });

  describe('keys', () => {
    it('answers 401 without a key', async () => {
      expectError(await api(t, null).get('/api/v1/surveys'), 401, 'UNAUTHENTICATED');
      expectError(
        await api(t, null).post('/api/v1/surveys', surveyBody(agencyId)),
        401,
        'UNAUTHENTICATED',
      );
    });

    it.each([
      ['an unknown key', 'Bearer sct_thisKeyWasNeverIssuedByTheService'],
      ['a Basic credential', `Basic ${Buffer.from('admin:admin').toString('base64')}`],
      ['an empty bearer', 'Bearer '],
    ])('answers 401 for %s', async (_name, authorization) => {
      const response = await request(t.baseUrl)
        .get('/api/v1/surveys')
        .set('Authorization', authorization);
      expectError(response, 401, 'UNAUTHENTICATED');
    });

    it('answers 401 for a key once it is revoked', async () => {
      const created = await createKey('Diariet', 'skr');
      await api(t, created.key).get('/api/v1/surveys').expect(200);

      await api(t).delete(`/api/v1/api-keys/${created.id}`).expect(204);

      expectError(await api(t, created.key).get('/api/v1/surveys'), 401, 'UNAUTHENTICATED');
      const listed = (await listKeys()).find((key) => key.id === created.id);
      expect(listed?.revokedAt).toEqual(expect.any(String));
      const events: { action: string; actor: string }[] = await t.dataSource.query(
        `SELECT action, actor FROM audit_events WHERE entity_id = $1 ORDER BY id`,
        [created.id],
      );
      expect(events).toEqual([
        { action: 'api_key.created', actor: 'admin:admin key' },
        { action: 'api_key.revoked', actor: 'admin:admin key' },
      ]);
    });

    it('refuses to revoke the last active admin key (409) and keeps it working', async () => {
      const [admin] = await listKeys();
      const skr = await createKey('Förvaltning', 'skr');
      await api(t).delete(`/api/v1/api-keys/${skr.id}`).expect(204);
      expectError(await api(t).delete(`/api/v1/api-keys/${admin.id}`), 409, 'LAST_ADMIN_KEY');
      expect((await listKeys()).find((key) => key.id === admin.id)?.revokedAt).toBeNull();

      const second = await createKey('Andra admin', 'admin');
      await api(t, second.key).delete(`/api/v1/api-keys/${admin.id}`).expect(204);
      expectError(
        await api(t, second.key).delete(`/api/v1/api-keys/${second.id}`),
        409,
        'LAST_ADMIN_KEY',
      );
      await api(t, second.key).get('/api/v1/api-keys').expect(200);
    });

    it('leaves one admin key when the last two revoke each other at once', async () => {
      let survivor = t.adminKey;
      for (let round = 0; round < 5; round++) {
        const create = async () =>
          (
            await api(t, survivor).post('/api/v1/api-keys', {
              name: `admin ${round}`,
              role: 'admin',
            })
          ).body as KeyView;
        const [first, second] = [await create(), await create()];
        await t.dataSource.query(
          `UPDATE api_keys SET revoked_at = now() WHERE role = 'admin' AND id NOT IN ($1, $2)`,
          [first.id, second.id],
        );
        const answers = await Promise.all([
          api(t, first.key).delete(`/api/v1/api-keys/${second.id}`),
          api(t, second.key).delete(`/api/v1/api-keys/${first.id}`),
        ]);
        // The loser is refused (409), or finds its own key revoked already (401).
        const statuses = answers.map((answer) => answer.status);
        expect(statuses.filter((status) => status === 204)).toHaveLength(1);
        expect([
          [204, 401],
          [204, 409],
        ]).toContainEqual([...statuses].sort());
        const active: { id: string }[] = await t.dataSource.query(
          `SELECT id FROM api_keys WHERE role = 'admin' AND revoked_at IS NULL`,
        );
        expect(active).toHaveLength(1);
        survivor = (active[0].id === first.id ? first.key : second.key) ?? '';
      }
    });

    it('answers 404 when revoking an unknown key', async () => {
      expectError(
        await api(t).delete('/api/v1/api-keys/00000000-0000-4000-8000-000000000000'),
        404,
        'NOT_FOUND',
      );
    });

    it('shows a key once on creation and never in the list', async () => {
      const created = await createKey('Socialchefsnätverket', 'network');
      expect(created).toMatchObject({ name: 'Socialchefsnätverket', role: 'network' });
      expect(created.key).toMatch(/^\S{32,}$/);
      expect(created.key?.startsWith(created.keyPrefix)).toBe(true);

      const response = await api(t).get('/api/v1/api-keys').expect(200);
      const items = (response.body as { items: KeyView[] }).items;
      expect(items.map((item) => item.name).sort()).toEqual(['Socialchefsnätverket', 'admin key']);
      for (const item of items) {
        expect(Object.keys(item).sort()).toEqual([
          'createdAt',
          'id',
          'keyPrefix',
          'name',
          'revokedAt',
          'role',
          'sourceSystems',
        ]);
      }
      expect(response.text).not.toContain(created.key);
    });

    it('stores keys hashed: the plaintext is nowhere in the database rows', async () => {
      const created = await createKey('Registrator', 'registrar');
      const plaintext = created.key ?? '';
      const keys: Record<string, unknown>[] = await t.dataSource.query('SELECT * FROM api_keys');
      expect(keys).toHaveLength(2);
      expect(JSON.stringify(keys)).not.toContain(plaintext);
      expect(JSON.stringify(keys)).not.toContain(t.adminKey);
      const row = keys.find((key) => key.id === created.id);
      expect(row?.key_hash).toBe(sha256(plaintext));
      const audit: unknown[] = await t.dataSource.query('SELECT * FROM audit_events');
      expect(JSON.stringify(audit)).not.toContain(plaintext);
    });
  });

  describe('roles', () => {
    it.each([
      ['network', 403],
      ['registrar', 403],
      ['skr', 201],
      ['admin', 201],
    ] as const)('POST /surveys as %s answers %i', async (role, status) => {
      const key = role === 'admin' ? t.adminKey : await t.keyFor(role);
      const response = await api(t, key).post('/api/v1/surveys', surveyBody(agencyId));
      if (status === 403) {
        expectError(response, 403, 'FORBIDDEN');
        const count: { n: number }[] = await t.dataSource.query(
          'SELECT count(*)::int AS n FROM surveys',
        );
        expect(count[0].n).toBe(0);
      } else {
        expect(response.status).toBe(201);
        expect((response.body as SurveyView).status).toBe('draft');
      }
    });

    it('lets every role read surveys', async () => {
      for (const role of ['skr', 'network', 'registrar'] as const) {
        const response = await api(t, await t.keyFor(role)).get('/api/v1/surveys');
        expect({ role, status: response.status }).toEqual({ role, status: 200 });
      }
    });

    it.each(['skr', 'network', 'registrar'] as const)(
      'lets only admin manage keys (%s gets 403)',
      async (role) => {
        const key = await t.keyFor(role);
        const existing = (await listKeys())[0];
        expectError(
          await api(t, key).post('/api/v1/api-keys', { name: 'Egen', role: 'admin' }),
          403,
          'FORBIDDEN',
        );
        expectError(await api(t, key).get('/api/v1/api-keys'), 403, 'FORBIDDEN');
        expectError(await api(t, key).delete(`/api/v1/api-keys/${existing.id}`), 403, 'FORBIDDEN');
        const keys = await listKeys();
        expect(keys).toHaveLength(2);
        expect(keys.every((item) => item.revokedAt === null)).toBe(true);
      },
    );

    it('lets an admin create keys for every role', async () => {
      for (const role of ['admin', 'skr', 'network', 'registrar']) {
        const created = await createKey(`${role} nyckel`, role);
        expect(created.role).toBe(role);
      }
      expect(await listKeys()).toHaveLength(5);
    });
  });

  describe('attribution', () => {
    it('attributes every write to the key that made it', async () => {
      const statistics = await createKey('Statistiksektionen', 'skr');
      const chief = await createKey('Avdelningschef', 'skr');

      const survey = (
        await api(t, statistics.key).post('/api/v1/surveys', surveyBody(agencyId)).expect(201)
      ).body as SurveyView;
      await api(t, chief.key)
        .patch(`/api/v1/surveys/${survey.id}`, { title: 'Justerad titel' })
        .expect(200);
      await api(t, statistics.key)
        .post(`/api/v1/surveys/${survey.id}/send`, { sentAt: '2021-04-06T09:00:00Z' })
        .expect(200);

      const stored: { created_by_key_id: string }[] = await t.dataSource.query(
        'SELECT created_by_key_id FROM surveys WHERE id = $1',
        [survey.id],
      );
      expect(stored[0].created_by_key_id).toBe(statistics.id);

      const items = (
        (await api(t).get(`/api/v1/surveys/${survey.id}/history`).expect(200)).body as {
          items: HistoryEntry[];
        }
      ).items.filter((item) => item.entityType === 'survey');
      expect(items.map((item) => [item.action, item.actorLabel])).toEqual([
        ['survey.created', 'skr:Statistiksektionen'],
        ['survey.updated', 'skr:Avdelningschef'],
        ['survey.sent', 'skr:Statistiksektionen'],
      ]);
      const events: { action: string; actor_key_id: string }[] = await t.dataSource.query(
        `SELECT action, actor_key_id FROM audit_events
          WHERE entity_type = 'survey' AND entity_id = $1 ORDER BY id`,
        [survey.id],
      );
      expect(events).toEqual([
        { action: 'survey.created', actor_key_id: statistics.id },
        { action: 'survey.updated', actor_key_id: chief.id },
        { action: 'survey.sent', actor_key_id: statistics.id },
      ]);
    });

    it('attributes agency and network writes too', async () => {
      const skrKey = await createKey('Handläggare', 'skr');
      const agency = await api(t, skrKey.key).post('/api/v1/agencies', AGENCIES.myva).expect(201);
      const network = await api(t, skrKey.key)
        .post('/api/v1/networks', { name: 'Socialchefsnätverket', scope: 'national' })
        .expect(201);
      const events: { entity_type: string; actor: string; actor_key_id: string }[] =
        await t.dataSource.query(
          `SELECT entity_type, actor, actor_key_id FROM audit_events
            WHERE entity_id IN ($1, $2) ORDER BY id`,
          [agency.body.id, network.body.id],
        );
      expect(events).toEqual([
        { entity_type: 'agency', actor: 'skr:Handläggare', actor_key_id: skrKey.id },
        { entity_type: 'network', actor: 'skr:Handläggare', actor_key_id: skrKey.id },
      ]);
    });
  });

  describe('public routes', () => {
    it('serves reference data, health and the OpenAPI document without a key', async () => {
      const anonymous = api(t, null);
      const authorities = await anonymous.get('/api/v1/local-authorities').expect(200);
      expect(authorities.body.total).toBe(311);
      await anonymous.get('/api/v1/local-authorities/2080').expect(200);
      expect((await anonymous.get('/health/live').expect(200)).body).toEqual({ status: 'ok' });
      expect((await anonymous.get('/health/ready').expect(200)).body).toEqual({
        status: 'ok',
        database: 'up',
      });
      const docs = await anonymous.get('/docs-json').expect(200);
      expect(docs.body.openapi).toMatch(/^3\./);
    });

    it('still requires a key for every other route', async () => {
      const anonymous = api(t, null);
      for (const path of ['/api/v1/agencies', '/api/v1/networks', '/api/v1/api-keys']) {
        expectError(await anonymous.get(path), 401, 'UNAUTHENTICATED');
      }
    });
  });

  describe('BOOTSTRAP_API_KEY', () => {
    const bootstrapKey = 'bootstrap-key-for-the-e2e-suite-0123456789';
    let second: BareApp | undefined;

    afterEach(async () => {
      await second?.close();
      second = undefined;
    });

    it('becomes an admin key on start when no admin key exists', async () => {
      await truncateAll(t.dataSource);
      second = await startBareApp({ BOOTSTRAP_API_KEY: bootstrapKey });

      const listed = await request(second.baseUrl)
        .get('/api/v1/api-keys')
        .set('Authorization', `Bearer ${bootstrapKey}`)
        .expect(200);
      expect((listed.body as { items: KeyView[] }).items).toEqual([
        expect.objectContaining({ name: 'bootstrap', role: 'admin', revokedAt: null }),
      ]);
      // The same database: the first instance accepts the key as well, and as admin.
      const created = await api(t, bootstrapKey)
        .post('/api/v1/api-keys', { name: 'Förvaltning', role: 'skr' })
        .expect(201);
      expect(created.body.role).toBe('skr');

      const rows: { key_hash: string }[] = await t.dataSource.query(
        `SELECT key_hash FROM api_keys WHERE name = 'bootstrap'`,
      );
      expect(rows).toEqual([{ key_hash: sha256(bootstrapKey) }]);
      expect(JSON.stringify(await t.dataSource.query('SELECT * FROM api_keys'))).not.toContain(
        bootstrapKey,
      );
    });

    it('is created only once over restarts', async () => {
      await truncateAll(t.dataSource);
      second = await startBareApp({ BOOTSTRAP_API_KEY: bootstrapKey });
      await second.close();
      second = await startBareApp({ BOOTSTRAP_API_KEY: bootstrapKey });
      const rows: unknown[] = await t.dataSource.query('SELECT id FROM api_keys');
      expect(rows).toHaveLength(1);
      await request(second.baseUrl)
        .get('/api/v1/api-keys')
        .set('Authorization', `Bearer ${bootstrapKey}`)
        .expect(200);
    });

    it('is ignored while an admin key exists', async () => {
      const before: unknown[] = await t.dataSource.query('SELECT id FROM api_keys');
      second = await startBareApp({ BOOTSTRAP_API_KEY: bootstrapKey });

      const response = await request(second.baseUrl)
        .get('/api/v1/api-keys')
        .set('Authorization', `Bearer ${bootstrapKey}`);
      expectError(response, 401, 'UNAUTHENTICATED');
      expect(await t.dataSource.query('SELECT id FROM api_keys')).toEqual(before);
      await request(second.baseUrl)
        .get('/api/v1/api-keys')
        .set('Authorization', `Bearer ${t.adminKey}`)
        .expect(200);
    });
  });
});
