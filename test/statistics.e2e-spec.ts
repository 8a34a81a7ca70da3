import { api } from './support/api';
import { expectError } from './support/e2e-helpers';
import { scenario } from './support/scenario';
import { competenceSupply, cveUnconsulted, sentDespiteSkrAdvice } from './support/seed-cases';
import { startTestApp, TestApp } from './support/test-app';

interface Figures {
  surveysSent: number;
  consultedBeforeSending: number;
  sentDespiteAdvice: number;
  declinedByNetwork: number;
  medianDaysFromRequestToSend: number | null;
}

interface ConsultationRow extends Figures {
  agencyName: string;
  agencyKind: string;
  year: number;
}

interface FlagRow {
  month: string;
  code: string;
  severity: string | null;
  raised: number;
  stillOpen: number;
  dismissed: number;
}

/** SKR's statistics through HTTP, on the seed cases. */
describe('statistics', () => {
  let t: TestApp;
  let s: ReturnType<typeof scenario>;

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    s = scenario(t);
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  /** Cases 1, 2 and 4 of the domain document, one more consulted survey, and a draft. */
  async function seedCases() {
    const cve = await s.agency('cve');
    const sos = await s.agency('socialstyrelsen');
    const network = await s.network();

    await cveUnconsulted(t, cve);
    await sentDespiteSkrAdvice(t, sos, {
      consultation: { requestedAt: '2021-03-25T10:00:00+01:00' },
    });

    const consulted = await s.survey(sos, {
      title: 'Barn och unga i socialtjänsten',
      plannedSendDate: '2021-05-21',
    });
    await s.consult(consulted.id, '2021-05-01T10:00:00+02:00', {
      completedAt: '2021-05-10T10:00:00+02:00',
      outcome: 'no_objection',
    });
    await s.send(consulted.id, '2021-05-21T10:00:00+02:00');

    await competenceSupply(t, sos, network);

    await s.survey(sos, { title: 'Ett utkast', plannedSendDate: '2021-06-01' });
  }

  describe('consultations', () => {
    it('counts per agency and year of sending what SKR needs to see', async () => {
      await seedCases();
      const body = (await api(t).get('/api/v1/statistics/consultations').expect(200)).body;
      const rows = body.rows as ConsultationRow[];
      expect(rows.map((row) => [row.year, row.agencyName])).toEqual([
        [2020, 'Socialstyrelsen'],
        [2021, 'Center mot våldsbejakande extremism'],
        [2021, 'Socialstyrelsen'],
      ]);
      expect(rows[0]).toMatchObject({
        agencyKind: 'state_agency',
        surveysSent: 1,
        consultedBeforeSending: 1,
        sentDespiteAdvice: 0,
        declinedByNetwork: 1,
        // 1 Sep 10:00 to 28 Sep 09:00: 27 days less an hour.
        medianDaysFromRequestToSend: 27,
      });
      expect(rows[1]).toMatchObject({
        surveysSent: 1,
        consultedBeforeSending: 0,
        sentDespiteAdvice: 0,
        declinedByNetwork: 0,
        medianDaysFromRequestToSend: null,
      });
      expect(rows[2]).toMatchObject({
        surveysSent: 2,
        consultedBeforeSending: 2,
        sentDespiteAdvice: 1,
        declinedByNetwork: 0,
        // Median of 12 days 4 hours and 20 days.
        medianDaysFromRequestToSend: 16.1,
      });
      expect(body.totals).toEqual({
        surveysSent: 4,
        consultedBeforeSending: 3,
        sentDespiteAdvice: 1,
        declinedByNetwork: 1,
        medianDaysFromRequestToSend: 20,
      });
    });

    it('keeps to the period of sending, [from, to) in Swedish days', async () => {
      await seedCases();
      const body = (
        await api(t)
          .get('/api/v1/statistics/consultations?from=2021-02-01&to=2021-04-06')
          .expect(200)
      ).body;
      expect(body.rows.map((row: ConsultationRow) => row.agencyName)).toEqual([
        'Center mot våldsbejakande extremism',
      ]);
      expect(body.totals.surveysSent).toBe(1);
    });

    it('has zeros and no median for an empty period', async () => {
      const body = (await api(t).get('/api/v1/statistics/consultations').expect(200)).body;
      expect(body).toEqual({
        rows: [],
        totals: {
          surveysSent: 0,
          consultedBeforeSending: 0,
          sentDespiteAdvice: 0,
          declinedByNetwork: 0,
          medianDaysFromRequestToSend: null,
        },
      });
    });
  });

  describe('flags', () => {
    it('counts raisings per Swedish month and code, with totals per code', async () => {
      await seedCases();
      const flags = (await api(t).get('/api/v1/flags?limit=500').expect(200)).body.items as {
        id: string;
        code: string;
      }[];
      const critical = flags.find((flag) => flag.code === 'SENT_WITHOUT_CONSULTATION')!;
      const advice = flags.find((flag) => flag.code === 'SENT_DESPITE_SKR_ADVICE')!;
      // 22:30 UTC on 31 March is already April in Sweden.
      await t.dataSource.query(`UPDATE flags SET raised_at = $2 WHERE id = $1`, [
        critical.id,
        '2021-03-31T22:30:00Z',
      ]);
      await t.dataSource.query(`UPDATE flags SET raised_at = $2 WHERE id = $1`, [
        advice.id,
        '2021-03-31T21:30:00Z',
      ]);

      const body = (
        await api(t).get('/api/v1/statistics/flags?from=2021-03-01&to=2021-05-01').expect(200)
      ).body;
      expect(body.rows as FlagRow[]).toEqual([
        {
          month: '2021-03',
          code: 'SENT_DESPITE_SKR_ADVICE',
          severity: 'warning',
          raised: 1,
          stillOpen: 1,
          dismissed: 0,
        },
        {
          month: '2021-04',
          code: 'SENT_WITHOUT_CONSULTATION',
          severity: 'critical',
          raised: 1,
          stillOpen: 1,
          dismissed: 0,
        },
      ]);
      expect(body.total).toBe(2);

      const all = (await api(t).get('/api/v1/statistics/flags').expect(200)).body;
      expect(all.total).toBe(flags.length);
      for (const { code, raised } of all.totalsByCode as FlagRow[]) {
        expect({ code, raised }).toEqual({
          code,
          raised: flags.filter((flag) => flag.code === code).length,
        });
      }
    });
  });

  it.each([
    ['/api/v1/statistics/consultations?from=2021-02-01&to=2021-01-01', 'to'],
    ['/api/v1/statistics/flags?from=2021-02-01&to=2021-01-01', 'to'],
    ['/api/v1/statistics/flags?from=yesterday', 'from'],
    ['/api/v1/statistics/consultations?agency=CVE', 'agency'],
  ])('400 for %s', async (path, field) => {
    expectError(await api(t).get(path), 400, 'VALIDATION_FAILED', field);
  });

  it('needs a key, of any role', async () => {
    expectError(await api(t, null).get('/api/v1/statistics/flags'), 401, 'UNAUTHENTICATED');
    const network = await t.keyFor('network');
    await api(t, network).get('/api/v1/statistics/consultations').expect(200);
  });
});
