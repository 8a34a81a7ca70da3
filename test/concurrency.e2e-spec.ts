import type { Test } from 'supertest';
import { api } from './support/api';
import { expectError, type HistoryEntry, type SurveyView } from './support/e2e-helpers';
import { AGENCIES, surveyBody } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

describe('concurrency and optimistic locking', () => {
  let t: TestApp;
  let agencyId: string;

  async function create(overrides: Record<string, unknown> = {}): Promise<SurveyView> {
    const response = await api(t).post('/api/v1/surveys', surveyBody(agencyId, overrides));
    expect(response.status).toBe(201);
    return response.body as SurveyView;
  }

  async function read(id: string): Promise<SurveyView> {
    return (await api(t).get(`/api/v1/surveys/${id}`).expect(200)).body as SurveyView;
  }

  async function history(id: string): Promise<HistoryEntry[]> {
    return (
      (await api(t).get(`/api/v1/surveys/${id}/history`).expect(200)).body as {
        items: HistoryEntry[];
      }
    ).items;
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

  it('gives 20 parallel creates distinct, gapless references', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api(t).post('/api/v1/surveys', surveyBody(agencyId, { title: `Parallell enkät ${i}` })),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(20).fill(201));
    const references = responses.map((response) => (response.body as SurveyView).reference);
    expect(new Set(references).size).toBe(20);
    expect([...references].sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `ENK-2021-${String(i + 1).padStart(4, '0')}`),
    );
    const stored: { reference: string }[] = await t.dataSource.query(
      'SELECT reference FROM surveys ORDER BY reference',
    );
    expect(stored.map((row) => row.reference)).toEqual([...references].sort());
  });

  it('does not use up a reference when a create fails', async () => {
    await create();
    await api(t)
      .post('/api/v1/surveys', surveyBody(agencyId, { recipientScope: 'selected' }))
      .expect(400);
    const next = await create();
    expect(next.reference).toBe('ENK-2021-0002');
  });

  it.each([
    ['agencies', (name: string) => ({ name, kind: 'state_agency' })],
    ['networks', (name: string) => ({ name, scope: 'national' })],
  ])(
    'lets only one of two parallel %s named alike in another case be created',
    async (resource, body) => {
      for (let round = 1; round <= 5; round++) {
        const responses = await Promise.all(
          [`Samrådsgruppen ${round}`, `SAMRÅDSGRUPPEN ${round}`].map((name) =>
            api(t).post(`/api/v1/${resource}`, body(name)),
          ),
        );
        expect({ round, statuses: responses.map((r) => r.status).sort() }).toEqual({
          round,
          statuses: [201, 409],
        });
        expectError(
          responses.find((r) => r.status === 409)!,
          409,
          'DUPLICATE',
        );
      }
      const rows: { name: string }[] = await t.dataSource.query(
        `SELECT name FROM ${resource} WHERE name ILIKE 'samrådsgruppen%'`,
      );
      expect(rows).toHaveLength(5);
    },
  );

  describe('If-Match', () => {
    type Write = (id: string, headers: Record<string, string>) => Test;
    const staleWrites: [string, Write][] = [
      ['PATCH', (id, h) => api(t).patch(`/api/v1/surveys/${id}`, { title: 'Försenad' }, h)],
      [
        'send',
        (id, h) => api(t).post(`/api/v1/surveys/${id}/send`, { sentAt: '2021-04-06T09:00:00Z' }, h),
      ],
      ['withdraw', (id, h) => api(t).post(`/api/v1/surveys/${id}/withdraw`, { reason: 'Nej' }, h)],
    ];

    it.each(staleWrites)(
      '%s with a stale version answers 412 VERSION_MISMATCH and changes nothing',
      async (_name, write) => {
        const created = await create();
        await api(t).patch(`/api/v1/surveys/${created.id}`, { questionCount: 10 }).expect(200);
        const before = await read(created.id);
        const historyBefore = await history(created.id);
        expect(before.version).toBe(2);

        expectError(await write(created.id, { 'If-Match': '"1"' }), 412, 'VERSION_MISMATCH');

        const after = await read(created.id);
        expect(after).toEqual(before);
        expect(after.version).toBe(2);
        expect(await history(created.id)).toHaveLength(historyBefore.length);
      },
    );

    it('close and rounds with a stale version answer 412 and change nothing', async () => {
      const created = await create();
      await api(t)
        .post(`/api/v1/surveys/${created.id}/send`, { sentAt: '2021-04-06T09:00:00Z' })
        .expect(200);
      const before = await read(created.id);
      const historyLength = (await history(created.id)).length;

      expectError(
        await api(t).post(`/api/v1/surveys/${created.id}/close`, {}, { 'If-Match': '"1"' }),
        412,
        'VERSION_MISMATCH',
      );
      expectError(
        await api(t).post(
          `/api/v1/surveys/${created.id}/rounds`,
          { sentAt: '2021-04-06T09:00:00Z', responses: 100 },
          { 'If-Match': '"1"' },
        ),
        412,
        'VERSION_MISMATCH',
      );
      expect(await read(created.id)).toEqual(before);
      expect(await history(created.id)).toHaveLength(historyLength);
    });

    it('accepts the current version', async () => {
      const created = await create();
      const response = await api(t)
        .patch(`/api/v1/surveys/${created.id}`, { title: 'Rätt version' }, { 'If-Match': '"1"' })
        .expect(200);
      expect(response.body).toMatchObject({ title: 'Rätt version', version: 2 });
      expect(response.headers.etag).toBe('"2"');
    });

    it('lets exactly one of two parallel PATCHes with the same If-Match win', async () => {
      const created = await create();
      const titles = ['Ändring A', 'Ändring B'];
      const responses = await Promise.all(
        titles.map((title) =>
          api(t).patch(`/api/v1/surveys/${created.id}`, { title }, { 'If-Match': '"1"' }),
        ),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([200, 412]);
      const winner = responses.find((response) => response.status === 200);
      const loser = responses.find((response) => response.status === 412);
      expectError(loser!, 412, 'VERSION_MISMATCH');
      const after = await read(created.id);
      expect(after.version).toBe(2);
      expect(after.title).toBe((winner!.body as SurveyView).title);
      const updates = (await history(created.id)).filter(
        (item) => item.action === 'survey.updated',
      );
      expect(updates).toHaveLength(1);
    });

    it('lets exactly one of two parallel sends of a draft win', async () => {
      const created = await create();
      const responses = await Promise.all(
        ['2021-04-06T09:00:00Z', '2021-04-07T09:00:00Z'].map((sentAt) =>
          api(t).post(`/api/v1/surveys/${created.id}/send`, { sentAt }),
        ),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      const loser = responses.find((response) => response.status === 409);
      expectError(loser!, 409, 'INVALID_STATE_TRANSITION');
      const sentEvents: unknown[] = await t.dataSource.query(
        `SELECT 1 FROM outbox_events WHERE survey_id = $1 AND type = 'survey.sent'`,
        [created.id],
      );
      expect(sentEvents).toHaveLength(1);
    });

    it.each(['1', '"abc"', '"1', 'W/1', '"-1"', 'version 2'])(
      'rejects the malformed If-Match %s with 400 and changes nothing',
      async (ifMatch) => {
        const created = await create();
        const response = await api(t).patch(
          `/api/v1/surveys/${created.id}`,
          { title: 'Borde inte sparas' },
          { 'If-Match': ifMatch },
        );
        expectError(response, 400, 'VALIDATION_FAILED', 'If-Match');
        expect(await read(created.id)).toEqual(created);
      },
    );
  });

  it('sends ETag "<version>" on every write', async () => {
    const agency = await api(t).post('/api/v1/agencies', AGENCIES.myva).expect(201);
    expect(agency.headers.etag).toBe(`"${agency.body.version}"`);
    const agencyPatch = await api(t)
      .patch(`/api/v1/agencies/${agency.body.id}`, { shortName: 'MYVA' })
      .expect(200);
    expect(agencyPatch.body.version).toBe(2);
    expect(agencyPatch.headers.etag).toBe('"2"');

    const created = await create({ recurrence: 'weekly', occurrences: 4 });
    const id = created.id;
    const writes = [
      await api(t).patch(`/api/v1/surveys/${id}`, { title: 'Veckorapport' }),
      await api(t).post(`/api/v1/surveys/${id}/send`, { sentAt: '2021-04-06T09:00:00Z' }),
      await api(t).post(`/api/v1/surveys/${id}/rounds`, {
        sentAt: '2021-04-06T09:00:00Z',
        responses: 200,
      }),
      await api(t).post(`/api/v1/surveys/${id}/close`),
    ];
    expect(writes.map((response) => response.status)).toEqual([200, 200, 201, 200]);
    expect(writes.map((response) => response.headers.etag)).toEqual(['"2"', '"3"', '"4"', '"5"']);
    for (const response of writes) {
      expect(response.headers.etag).toBe(`"${(response.body as SurveyView).version}"`);
    }

    const withdrawn = await create();
    const withdraw = await api(t)
      .post(`/api/v1/surveys/${withdrawn.id}/withdraw`, { reason: 'Onödig' })
      .expect(200);
    expect(withdraw.headers.etag).toBe('"2"');
  });
});
