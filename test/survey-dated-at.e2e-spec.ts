import { api } from './support/api';
import { startTestApp, TestApp } from './support/test-app';

/** surveys.dated_at: sent, else planned, else registered, kept by the database. */
describe('the date a survey is compared by', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
  });
  afterAll(() => t.close());

  async function datedAt(id: string): Promise<{ dated: string; expected: string }> {
    const [row] = (await t.dataSource.query(
      `SELECT dated_at AS dated,
              COALESCE(sent_at, planned_send_date::timestamptz, created_at) AS expected
         FROM surveys WHERE id = $1`,
      [id],
    )) as { dated: Date; expected: Date }[];
    return { dated: row.dated.toISOString(), expected: row.expected.toISOString() };
  }

  it('follows registration, planning and sending', async () => {
    await t.reset();
    const key = await t.keyFor('registrar');
    const { body } = await api(t, key)
      .post(
        '/api/v1/registrations',
        {
          sourceSystem: 'diarium',
          externalId: 'D-1',
          type: 'survey_received',
          registeredAt: '2026-01-10T10:00:00Z',
          agency: { name: 'Socialstyrelsen' },
          title: 'Enkät om hemlöshet',
        },
        { 'Idempotency-Key': 'd-1' },
      )
      .expect(201);
    const id = body.surveyId as string;
    const created = await datedAt(id);
    expect(created.dated).toBe(created.expected);

    const admin = await t.keyFor('admin');
    await api(t, admin)
      .patch(`/api/v1/surveys/${id}`, { plannedSendDate: '2026-03-02' })
      .expect(200);
    const planned = await datedAt(id);
    expect(planned.dated).toBe(planned.expected);
    expect(planned.dated).not.toBe(created.dated);

    await api(t, admin)
      .post(`/api/v1/surveys/${id}/send`, { sentAt: '2026-03-04T08:30:00Z' })
      .expect(200);
    expect(await datedAt(id)).toEqual({
      dated: '2026-03-04T08:30:00.000Z',
      expected: '2026-03-04T08:30:00.000Z',
    });
  });
});
