import { api } from './support/api';
import { expectError } from './support/e2e-helpers';
import { scenario } from './support/scenario';
import { startTestApp, TestApp } from './support/test-app';

interface Row {
  key: string;
  label: string;
  surveys: number;
  estimatedHours: number;
  realizedHours: number;
  costSek: number;
  estimatedCostSek: number;
  sameOrganisationAs?: string | null;
}

interface Report {
  groupBy: string;
  rows: Row[];
  totals: Omit<Row, 'key' | 'label'>;
  tariffSekPerHour: number;
}

interface LedgerItem {
  reference: string;
  title: string;
  agency: { id: string; name: string };
  sentAt: string | null;
  occurrences: number;
  estimatedHours: number;
  realizedHours: number;
  costSek: number;
}

interface Ledger {
  localAuthority: { code: string; label: string; kind: string; sameOrganisationAs: string | null };
  year: number;
  items: LedgerItem[];
  totals: { surveys: number; occurrences: number; estimatedHours: number; realizedHours: number };
}

/** Response burden through HTTP: the seed cases, the ledger, avoided burden, bad input. */
describe('burden', () => {
  let t: TestApp;
  let s: ReturnType<typeof scenario>;
  let municipalities: string[];

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0', TARIFF_SEK_PER_HOUR: '600' });
    s = scenario(t);
    municipalities = (
      await api(t).get('/api/v1/local-authorities?kind=municipality&limit=500').expect(200)
    ).body.items.map((item: { code: string }) => item.code);
  });
  afterAll(() => t.close());
  beforeEach(() => t.reset());

  const report = async (query: string): Promise<Report> =>
    (await api(t).get(`/api/v1/burden?${query}`).expect(200)).body;
  const ledger = async (code: string, year: number): Promise<Ledger> =>
    (await api(t).get(`/api/v1/local-authorities/${code}/burden?year=${year}`).expect(200)).body;

  async function sentSurvey(agencyId: string, sentAt: string, overrides: Record<string, unknown>) {
    const survey = await s.survey(agencyId, { plannedSendDate: sentAt.slice(0, 10), ...overrides });
    await s.send(survey.id, sentAt);
    return survey;
  }

  /** Case 5: Socialstyrelsen's weekly situation report, 253 and 239 of 290 answering. */
  async function weeklySituationReport(agencyId?: string) {
    const sos = agencyId ?? (await s.agency('socialstyrelsen'));
    const survey = await sentSurvey(sos, '2020-09-10T10:00:00+02:00', {
      title: 'Lägesrapport socialtjänsten under pandemin',
      recurrence: 'weekly',
      occurrences: 2,
      estimatedMinutesPerResponse: 30,
    });
    for (const [sentAt, responses] of [
      ['2020-09-10T10:00:00+02:00', 253],
      ['2021-04-01T10:00:00+02:00', 239],
    ] as const) {
      await api(t).post(`/api/v1/surveys/${survey.id}/rounds`, { sentAt, responses }).expect(201);
    }
    return survey;
  }

  describe('the weekly situation report (case 5)', () => {
    it('realizes its burden from the responses of each round', async () => {
      await weeklySituationReport();
      const byYear = await report('groupBy=year');
      expect(byYear.rows).toEqual([
        {
          key: '2020',
          label: '2020',
          surveys: 1,
          estimatedHours: 145,
          realizedHours: 126.5,
          costSek: 75900,
          estimatedCostSek: 87000,
        },
        {
          key: '2021',
          label: '2021',
          surveys: 1,
          estimatedHours: 145,
          realizedHours: 119.5,
          costSek: 71700,
          estimatedCostSek: 87000,
        },
      ]);
      expect(byYear.totals).toEqual({
        surveys: 1,
        estimatedHours: 290,
        realizedHours: 246,
        costSek: 147600,
        estimatedCostSek: 174000,
      });
      expect(byYear.tariffSekPerHour).toBe(600);
    });

    it('counts only the round inside a period, by Swedish calendar days [from, to)', async () => {
      await weeklySituationReport();
      const in2021 = await report('groupBy=agency&from=2021-01-01&to=2022-01-01');
      expect(in2021.rows).toHaveLength(1);
      expect(in2021.rows[0]).toMatchObject({
        label: 'Socialstyrelsen',
        surveys: 1,
        estimatedHours: 145,
        realizedHours: 119.5,
      });
      // The second round was on 1 April 2021: `to` is the first day not counted.
      const untilApril = await report('groupBy=agency&from=2020-01-01&to=2021-04-01');
      expect(untilApril.totals).toMatchObject({ estimatedHours: 145, realizedHours: 126.5 });
      const aprilFirst = await report('groupBy=month&from=2021-04-01&to=2021-04-02');
      expect(aprilFirst.rows).toEqual([
        expect.objectContaining({ key: '2021-04', label: 'april 2021', realizedHours: 119.5 }),
      ]);
    });
  });

  it('spreads a recurring collection without rounds over its recurrence from the send', async () => {
    const myva = await s.agency('myva');
    // Monthly from 31 January: the next occurrences fall on 28 February and 31 March.
    await sentSurvey(myva, '2021-01-31T09:00:00+01:00', {
      recipientScope: 'all_regions',
      recurrence: 'monthly',
      occurrences: 3,
      estimatedMinutesPerResponse: 60,
    });
    const byMonth = await report('groupBy=month');
    expect(
      byMonth.rows.map((row) => [row.key, row.surveys, row.estimatedHours, row.realizedHours]),
    ).toEqual([
      ['2021-01', 1, 21, 21],
      ['2021-02', 1, 21, 0],
      ['2021-03', 1, 21, 0],
    ]);
    expect(byMonth.totals).toMatchObject({ surveys: 1, estimatedHours: 63, realizedHours: 21 });
    const february = await report('groupBy=year&from=2021-02-28&to=2021-03-01');
    expect(february.totals).toMatchObject({ estimatedHours: 21, realizedHours: 0 });
  });

  describe('the competence-supply survey (case 4)', () => {
    it('gives each of its 100 municipalities an equal share of 105 hours', async () => {
      const sos = await s.agency('socialstyrelsen');
      const codes = municipalities.slice(0, 100);
      await sentSurvey(sos, '2020-09-28T09:00:00+02:00', {
        title: 'Kompetensförsörjning inom socialtjänsten',
        recipientScope: 'selected',
        recipientCodes: codes,
        estimatedMinutesPerResponse: 45,
        followUpInterviews: { count: 20, minutesEach: 90 },
      });
      const byAuthority = await report('groupBy=local_authority');
      expect(byAuthority.totals).toEqual({
        surveys: 1,
        estimatedHours: 105,
        realizedHours: 105,
        costSek: 63000,
        estimatedCostSek: 63000,
      });
      expect(byAuthority.rows.map((row) => row.key)).toEqual(codes);
      for (const row of byAuthority.rows) {
        expect(row).toMatchObject({ surveys: 1, estimatedHours: 1.05, realizedHours: 1.05 });
        expect(row.costSek).toBe(630);
      }
    });

    it("filters to one municipality's share, and to nothing for one left out", async () => {
      const sos = await s.agency('socialstyrelsen');
      const codes = municipalities.slice(0, 100);
      await sentSurvey(sos, '2020-09-28T09:00:00+02:00', {
        recipientScope: 'selected',
        recipientCodes: codes,
        estimatedMinutesPerResponse: 45,
        followUpInterviews: { count: 20, minutesEach: 90 },
      });
      const included = await report(`groupBy=agency&localAuthorityCode=${codes[5]}`);
      expect(included.rows).toEqual([
        expect.objectContaining({ label: 'Socialstyrelsen', surveys: 1, estimatedHours: 1.05 }),
      ]);
      expect(included.totals).toMatchObject({ surveys: 1, estimatedHours: 1.05 });
      const left = municipalities[150];
      const excluded = await report(`groupBy=local_authority&localAuthorityCode=${left}`);
      expect(excluded.rows).toEqual([]);
      expect(excluded.totals).toMatchObject({ surveys: 0, estimatedHours: 0, realizedHours: 0 });
    });
  });

  describe("Myva's withdrawn survey (case 3)", () => {
    async function myvaWithdrawn() {
      const myva = await s.agency('myva');
      const survey = await s.survey(myva, {
        title: 'Enkät om äldreomsorgens kvalitet',
        estimatedMinutesPerResponse: 60,
      });
      await s.consult(survey.id, '2020-05-04T10:00:00+02:00', {
        completedAt: '2020-05-20T10:00:00+02:00',
        outcome: 'withdrawn_by_agency',
        topicsCovered: ['existing_sources'],
      });
      await api(t)
        .post(`/api/v1/surveys/${survey.id}/withdraw`, {
          reason: 'Befintlig statistik och intervjuer används i stället',
          replacedByExistingData: true,
        })
        .expect(200);
      return survey;
    }

    it('is avoided burden: 290 municipalities × 60 minutes', async () => {
      const survey = await myvaWithdrawn();
      const avoided = (await api(t).get('/api/v1/burden/avoided').expect(200)).body;
      expect(avoided.items).toEqual([
        expect.objectContaining({
          reference: survey.reference,
          agency: expect.objectContaining({ name: 'Myndigheten för vård- och omsorgsanalys' }),
          replacedByExistingData: true,
          afterConsultation: true,
          consultationOutcome: 'withdrawn_by_agency',
          recipientCount: 290,
          estimatedHours: 290,
          costSek: 174000,
        }),
      ]);
      expect(avoided.totals).toEqual({
        surveys: 1,
        estimatedHours: 290,
        costSek: 174000,
        afterConsultation: { surveys: 1, estimatedHours: 290, costSek: 174000 },
        replacedByExistingData: { surveys: 1, estimatedHours: 290, costSek: 174000 },
      });
    });

    it('adds nothing to the burden, and a period of its withdrawal finds it', async () => {
      await myvaWithdrawn();
      const drafts = await s.survey(await s.agency('cve'), { estimatedMinutesPerResponse: 10 });
      expect(drafts.status).toBe('draft');
      expect((await report('groupBy=agency')).totals).toMatchObject({
        surveys: 0,
        estimatedHours: 0,
        realizedHours: 0,
      });
      const today = new Date();
      const day = (offset: number) =>
        new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
      const around = (await api(t).get(`/api/v1/burden/avoided?from=${day(-2)}&to=${day(2)}`)).body;
      expect(around.totals.surveys).toBe(1);
      const before = (await api(t).get('/api/v1/burden/avoided?from=2020-01-01&to=2021-01-01'))
        .body;
      expect(before).toMatchObject({ items: [], totals: { surveys: 0, estimatedHours: 0 } });
    });
  });

  describe("a municipality's ledger", () => {
    it('lists exactly the surveys Falun received in the year, with its share', async () => {
      const sos = await s.agency('socialstyrelsen');
      const falun = '2080';
      const [borlange, ludvika] = ['2081', '2085'];
      const toAll = await sentSurvey(sos, '2021-03-01T09:00:00+01:00', {
        title: 'Till alla kommuner',
        estimatedMinutesPerResponse: 30,
      });
      const includesFalun = await sentSurvey(sos, '2021-05-03T09:00:00+02:00', {
        title: 'Urval med Falun',
        recipientScope: 'selected',
        recipientCodes: [falun, borlange],
        estimatedMinutesPerResponse: 60,
      });
      await sentSurvey(sos, '2021-06-01T09:00:00+02:00', {
        title: 'Urval utan Falun',
        recipientScope: 'selected',
        recipientCodes: [borlange, ludvika],
        estimatedMinutesPerResponse: 60,
      });
      await sentSurvey(sos, '2021-06-02T09:00:00+02:00', {
        title: 'Till alla regioner',
        recipientScope: 'all_regions',
      });
      const toBoth = await sentSurvey(sos, '2021-09-01T09:00:00+02:00', {
        title: 'Till alla kommuner och regioner',
        recipientScope: 'all_municipalities_and_regions',
        estimatedMinutesPerResponse: 311,
      });
      // 00:30 on New Year's Day in Sweden, still 2020 in UTC: a 2021 survey.
      const newYear = await sentSurvey(sos, '2020-12-31T23:30:00Z', {
        title: 'Skickad vid nyår',
        estimatedMinutesPerResponse: 29,
      });
      await sentSurvey(sos, '2020-12-31T22:30:00Z', { title: 'Skickad 2020' });
      await sentSurvey(sos, '2022-01-01T09:00:00+01:00', { title: 'Skickad 2022' });
      await s.survey(sos, { title: 'Utkast till alla kommuner' });

      const result = await ledger(falun, 2021);
      expect(result.localAuthority).toMatchObject({
        code: falun,
        label: 'Falun',
        kind: 'municipality',
        sameOrganisationAs: null,
      });
      expect(result.items.map((item) => item.reference)).toEqual([
        newYear.reference,
        toAll.reference,
        includesFalun.reference,
        toBoth.reference,
      ]);
      expect(result.items.map((item) => item.estimatedHours)).toEqual([0.48, 0.5, 1, 5.18]);
      expect(result.items[2]).toMatchObject({
        title: 'Urval med Falun',
        agency: expect.objectContaining({ name: 'Socialstyrelsen' }),
        sentAt: '2021-05-03T07:00:00.000Z',
        occurrences: 1,
        realizedHours: 1,
        costSek: 600,
      });
      expect(result.totals).toMatchObject({ surveys: 4, occurrences: 4, estimatedHours: 7.17 });
    });

    it("keeps Gotland's two roles apart and linked", async () => {
      const sos = await s.agency('socialstyrelsen');
      const toMunicipalities = await sentSurvey(sos, '2021-03-01T09:00:00+01:00', {
        title: 'Till alla kommuner',
      });
      const toRegions = await sentSurvey(sos, '2021-03-02T09:00:00+01:00', {
        title: 'Till alla regioner',
        recipientScope: 'all_regions',
      });
      const municipality = await ledger('0980', 2021);
      expect(municipality.localAuthority).toMatchObject({
        label: 'Region Gotland (kommun 0980)',
        sameOrganisationAs: '09',
      });
      expect(municipality.items.map((item) => item.reference)).toEqual([
        toMunicipalities.reference,
      ]);
      const region = await ledger('09', 2021);
      expect(region.localAuthority).toMatchObject({
        label: 'Region Gotland (region 09)',
        sameOrganisationAs: '0980',
      });
      expect(region.items.map((item) => item.reference)).toEqual([toRegions.reference]);

      const rows = (await report('groupBy=local_authority')).rows;
      expect(rows.filter((row) => row.key === '0980' || row.key === '09')).toEqual([
        expect.objectContaining({
          label: 'Region Gotland (kommun 0980)',
          sameOrganisationAs: '09',
        }),
        expect.objectContaining({
          label: 'Region Gotland (region 09)',
          sameOrganisationAs: '0980',
        }),
      ]);
      expect(rows).toHaveLength(290 + 21);
    });

    it('is 404 for an unknown code and 400 for a bad year', async () => {
      expectError(
        await api(t).get('/api/v1/local-authorities/9999/burden?year=2021'),
        404,
        'NOT_FOUND',
      );
      const badYear = await api(t).get('/api/v1/local-authorities/2080/burden?year=20x1');
      expectError(badYear, 400, 'VALIDATION_FAILED', 'year');
      // What is wrong, once: not also out of range on both sides.
      expect(badYear.body.message).toBe('year must be an integer number');
      expectError(
        await api(t).get('/api/v1/local-authorities/2080/burden?year=2021&month=3'),
        400,
        'VALIDATION_FAILED',
        'month',
      );
      expectError(
        await api(t, null).get('/api/v1/local-authorities/2080/burden?year=2021'),
        401,
        'UNAUTHENTICATED',
      );
    });
  });

  it('gives the same totals whatever the grouping', async () => {
    const sos = await s.agency('socialstyrelsen');
    const cve = await s.agency('cve');
    await weeklySituationReport(sos);
    await sentSurvey(cve, '2021-02-01T09:00:00+01:00', { estimatedMinutesPerResponse: 17 });
    await sentSurvey(sos, '2021-11-15T09:00:00+01:00', {
      recipientScope: 'selected',
      recipientCodes: municipalities.slice(10, 47),
      recurrence: 'quarterly',
      occurrences: 4,
      estimatedMinutesPerResponse: 25,
      followUpInterviews: { count: 3, minutesEach: 40 },
    });
    for (const period of ['', '&from=2021-01-01&to=2022-01-01', '&from=2020-10-01']) {
      const totals = await Promise.all(
        ['agency', 'month', 'year', 'local_authority'].map(
          async (groupBy) => (await report(`groupBy=${groupBy}${period}`)).totals,
        ),
      );
      expect(totals[0].surveys).toBeGreaterThan(0);
      for (const other of totals.slice(1)) expect(other).toEqual(totals[0]);
    }
  });

  describe('bad parameters', () => {
    it.each([
      ['groupBy missing', '/api/v1/burden', 'groupBy'],
      ['an unknown grouping', '/api/v1/burden?groupBy=week', 'groupBy'],
      ['from after to', '/api/v1/burden?groupBy=year&from=2021-02-01&to=2021-01-01', 'to'],
      ['an impossible date', '/api/v1/burden?groupBy=year&from=2021-02-30', 'from'],
      ['an unknown parameter', '/api/v1/burden?groupBy=year&sort=asc', 'sort'],
      ['a malformed agency id', '/api/v1/burden?groupBy=year&agencyId=abc', 'agencyId'],
      [
        'a malformed code',
        '/api/v1/burden?groupBy=year&localAuthorityCode=20x0',
        'localAuthorityCode',
      ],
      [
        'an unknown code',
        '/api/v1/burden?groupBy=year&localAuthorityCode=9999',
        'localAuthorityCode',
      ],
      ['avoided from after to', '/api/v1/burden/avoided?from=2022-01-01&to=2021-01-01', 'to'],
      ['avoided with a grouping', '/api/v1/burden/avoided?groupBy=year', 'groupBy'],
    ])('400 for %s', async (_name, path, field) => {
      expectError(await api(t).get(path), 400, 'VALIDATION_FAILED', field);
    });

    it('401 without a key, and any role may read', async () => {
      expectError(await api(t, null).get('/api/v1/burden?groupBy=year'), 401, 'UNAUTHENTICATED');
      const registrar = await t.keyFor('registrar');
      await api(t, registrar).get('/api/v1/burden?groupBy=year').expect(200);
      await api(t, registrar).get('/api/v1/burden/avoided').expect(200);
    });
  });
});
