import { api } from './support/api';
import { dbSnapshot, expectError, type PageBody } from './support/e2e-helpers';
import { startTestApp, TestApp } from './support/test-app';

type Body = Record<string, unknown>;

function received(sourceSystem: string, externalId: string, overrides: Body = {}): Body {
  return {
    sourceSystem,
    externalId,
    type: 'survey_received',
    registeredAt: '2021-03-15T10:00:00+01:00',
    agency: { name: 'Socialstyrelsen', orgNumber: '202100-5554' },
    title: `Enkät ${externalId} om första linjens chefer`,
    ...overrides,
  };
}

interface Listed {
  sourceSystem: string;
  externalId: string;
  title: string;
}

/** Everything a registration writes, for "nothing was written". */
async function written(t: TestApp) {
  const rows: { registrations: number; idempotency_keys: number; contents: string | null }[] =
    await t.dataSource.query(
      `SELECT (SELECT count(*) FROM registrations)::int AS registrations,
            (SELECT count(*) FROM idempotency_keys)::int AS idempotency_keys,
            (SELECT string_agg(source_system || '/' || external_id || ':' || title, ',' ORDER BY id)
               FROM registrations) AS contents`,
    );
  return { ...rows[0], ...(await dbSnapshot(t.dataSource)) };
}

describe('registrar keys bound to their source systems', () => {
  let t: TestApp;
  let keyA: string;
  let keyB: string;

  const post = (key: string, body: Body, idempotencyKey: string) =>
    api(t, key).post('/api/v1/registrations', body, { 'Idempotency-Key': idempotencyKey });
  const list = async (key: string, query = '') =>
    (await api(t, key).get(`/api/v1/registrations${query}`).expect(200)).body as PageBody<Listed>;
  const externalIds = (page: PageBody<Listed>) =>
    page.items.map((item) => `${item.sourceSystem}/${item.externalId}`);

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.reset();
    keyA = await t.keyFor('registrar', ['diarium-a']);
    keyB = await t.keyFor('registrar', ['diarium-b', 'diarium-c']);
  });

  describe('the key resource', () => {
    it('creates a registrar key with its source systems and shows them', async () => {
      const created = await api(t)
        .post('/api/v1/api-keys', {
          name: 'Diariet',
          role: 'registrar',
          sourceSystems: ['diarium-a', 'diarium-b', 'diarium-a'],
        })
        .expect(201);
      expect(created.body).toMatchObject({
        role: 'registrar',
        sourceSystems: ['diarium-a', 'diarium-b'],
        key: expect.any(String),
      });
      const listed = await api(t).get('/api/v1/api-keys').expect(200);
      expect(listed.body.items).toContainEqual(
        expect.objectContaining({ id: created.body.id, sourceSystems: ['diarium-a', 'diarium-b'] }),
      );
      const admin = listed.body.items.find((item: { role: string }) => item.role === 'admin');
      expect(admin.sourceSystems).toEqual([]);
      await post(created.body.key, received('diarium-b', 'N-1'), 'n-1').expect(201);
    });

    it.each([
      ['a registrar key without sourceSystems', { role: 'registrar' }],
      ['a registrar key with none', { role: 'registrar', sourceSystems: [] }],
      ['a registrar key with a blank one', { role: 'registrar', sourceSystems: [' '] }],
      ['a registrar key with a number', { role: 'registrar', sourceSystems: [7] }],
      ['an skr key with sourceSystems', { role: 'skr', sourceSystems: ['diarium-a'] }],
      ['an admin key with an empty list', { role: 'admin', sourceSystems: [] }],
    ])('refuses %s (400) and writes nothing', async (_label, fields) => {
      const before = await dbSnapshot(t.dataSource);
      const response = await api(t).post('/api/v1/api-keys', { name: 'Diariet', ...fields });
      expectError(response, 400, 'VALIDATION_FAILED', 'sourceSystems');
      expect(await dbSnapshot(t.dataSource)).toEqual(before);
    });
  });

  describe('writing', () => {
    it('refuses a registration of another system (403) and writes nothing', async () => {
      const before = await written(t);
      const response = await post(keyA, received('diarium-b', 'X-1'), 'x-1');
      expectError(response, 403, 'FORBIDDEN', 'sourceSystem');
      expect(await written(t)).toEqual(before);
    });

    it('cannot overwrite another system’s record by its sourceSystem + externalId', async () => {
      await post(keyB, received('diarium-b', 'X-1'), 'b-1').expect(201);
      const before = await written(t);
      const response = await post(
        keyA,
        received('diarium-b', 'X-1', { title: 'Överskriven titel' }),
        'a-1',
      );
      expectError(response, 403, 'FORBIDDEN', 'sourceSystem');
      expect(await written(t)).toEqual(before);
    });

    it('refuses foreign items of single requests applied together as one group', async () => {
      const sent = Array.from({ length: 12 }, (_, i) => {
        const system = i % 3 === 0 ? 'diarium-b' : 'diarium-a';
        return post(keyA, received(system, `G-${i}`), `g-${i}`);
      });
      const statuses = (await Promise.all(sent)).map((response) => response.status);
      expect(statuses).toEqual(Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? 403 : 201)));
      expect(externalIds(await list(t.adminKey)).sort()).toEqual(
        Array.from({ length: 12 }, (_, i) => i)
          .filter((i) => i % 3 !== 0)
          .map((i) => `diarium-a/G-${i}`)
          .sort(),
      );
    });

    it('answers a foreign batch item with its own 403 and applies the others', async () => {
      await post(keyB, received('diarium-c', 'C-1'), 'c-1').expect(201);
      const items = [
        { idempotencyKey: 'i-1', registration: received('diarium-a', 'A-1') },
        { idempotencyKey: 'i-2', registration: received('diarium-b', 'B-1') },
        {
          idempotencyKey: 'i-3',
          registration: received('diarium-c', 'C-1', { title: 'Överskriven titel' }),
        },
        { idempotencyKey: 'i-4', registration: received('diarium-a', 'A-2') },
      ];
      const response = await api(t, keyA)
        .post('/api/v1/registrations/batch', { items })
        .expect(200);
      const results = response.body.results as { status: number; body: Body }[];
      expect(results.map((result) => result.status)).toEqual([201, 403, 403, 201]);
      expect(results[1].body).toMatchObject({
        statusCode: 403,
        code: 'FORBIDDEN',
        details: [{ field: 'sourceSystem' }],
      });
      expect(externalIds(await list(t.adminKey))).toEqual([
        'diarium-c/C-1',
        'diarium-a/A-1',
        'diarium-a/A-2',
      ]);
      expect((await list(t.adminKey, '?sourceSystem=diarium-c')).items[0].title).toBe(
        'Enkät C-1 om första linjens chefer',
      );
    });

    it('keeps refusing a foreign registration sent again under its key, which stays free', async () => {
      const foreign = received('diarium-b', 'R-1');
      expectError(await post(keyA, foreign, 'r-1'), 403, 'FORBIDDEN');
      expectError(await post(keyA, foreign, 'r-1'), 403, 'FORBIDDEN');
      const batch = await api(t, keyA)
        .post('/api/v1/registrations/batch', {
          items: [{ idempotencyKey: 'r-1', registration: foreign }],
        })
        .expect(200);
      expect(batch.body.results[0].status).toBe(403);
      expect((await written(t)).registrations).toBe(0);
      await post(keyA, received('diarium-a', 'R-1'), 'r-1').expect(201);
      const replay = await post(keyA, received('diarium-a', 'R-1'), 'r-1').expect(201);
      expect(replay.body).toMatchObject({ sourceSystem: 'diarium-a', externalId: 'R-1' });
    });

    it('lets an admin key register for any system', async () => {
      await post(t.adminKey, received('diarium-z', 'Z-1'), 'z-1').expect(201);
    });
  });

  describe('reading', () => {
    beforeEach(async () => {
      await post(keyA, received('diarium-a', 'A-1'), 'a-1').expect(201);
      await post(keyB, received('diarium-b', 'B-1'), 'b-1').expect(201);
      await post(keyB, received('diarium-c', 'C-1'), 'c-1').expect(201);
    });

    it('refuses to list another system’s registrations (403)', async () => {
      const response = await api(t, keyA).get('/api/v1/registrations?sourceSystem=diarium-b');
      expectError(response, 403, 'FORBIDDEN', 'sourceSystem');
    });

    it('lists only the key’s own systems when no system is asked for', async () => {
      expect(externalIds(await list(keyA))).toEqual(['diarium-a/A-1']);
      expect((await list(keyA)).total).toBe(1);
      expect(externalIds(await list(keyB))).toEqual(['diarium-b/B-1', 'diarium-c/C-1']);
      expect(externalIds(await list(keyB, '?sourceSystem=diarium-c'))).toEqual(['diarium-c/C-1']);
    });

    it('lets admin and skr keys read every system', async () => {
      const skr = await t.keyFor('skr');
      expect((await list(t.adminKey)).total).toBe(3);
      expect((await list(skr)).total).toBe(3);
      expect(externalIds(await list(skr, '?sourceSystem=diarium-b'))).toEqual(['diarium-b/B-1']);
    });
  });
});
