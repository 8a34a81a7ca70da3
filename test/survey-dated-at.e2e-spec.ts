import { scenario } from './support/scenario';
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
    const cases = scenario(t);
    const agencyId = await cases.agency('socialstyrelsen');
    const { id } = await cases.survey(agencyId, { plannedSendDate: undefined });
    const registered = await datedAt(id);
    expect(registered.dated).toBe(registered.expected);

    await cases.patch(id, { plannedSendDate: '2026-03-02' });
    const planned = await datedAt(id);
    expect(planned.dated).toBe(planned.expected);
    expect(planned.dated).not.toBe(registered.dated);

    await cases.send(id, '2026-03-04T08:30:00Z');
    expect(await datedAt(id)).toEqual({
      dated: '2026-03-04T08:30:00.000Z',
      expected: '2026-03-04T08:30:00.000Z',
    });
  });
});
