import fc from 'fast-check';
import {
  type BurdenInput,
  hoursInPeriod,
  occurrenceSchedule,
  type Recurrence,
  roundHours,
} from '../src/burden/burden-rules';
import { BURDEN_REPORT_SQL, OCCURRENCES_CTE } from '../src/burden/burden-sql';
import { api } from './support/api';
import { scenario } from './support/scenario';
import { nextMonthStart, stockholmMidnight } from './support/stockholm';
import { startTestApp, TestApp } from './support/test-app';

type Fate = 'draft' | 'sent' | 'closed' | 'withdrawn';
type Scope = 'all_municipalities' | 'all_regions' | 'all_municipalities_and_regions' | 'selected';

interface SurveySpec {
  agency: number;
  recurrence: Recurrence;
  occurrences: number;
  minutes: number | null;
  interviews: { count: number; minutesEach: number } | null;
  scope: Scope;
  codes: string[];
  fate: Fate;
  sentAt: Date;
  rounds: { afterDays: number; share: number }[];
}

interface SurveyRead {
  id: string;
  reference: string;
  status: BurdenInput['status'];
  agency: { id: string };
  recipientScope: Scope;
  recipientCodes: string[];
  recipientCount: number;
  recurrence: Recurrence;
  occurrences: number;
  estimatedMinutesPerResponse: number | null;
  followUpInterviews: { count: number; minutesEach: number } | null;
  sentAt: string | null;
  rounds: { sentAt: string; responses: number }[];
}

interface Figures {
  surveys: number;
  estimatedHours: number;
  realizedHours: number;
}

interface Row extends Figures {
  key: string;
}

interface Report {
  rows: Row[];
  totals: Figures;
}

interface Period {
  from: string | null;
  to: string | null;
}

const DAY = 86_400_000;
// Instants where the arithmetic is easy to get wrong: month ends (calendar steps clamp), the
// nights daylight saving changes, and late evenings that are the next day in Sweden.
const AWKWARD_INSTANTS = [
  '2020-01-31T08:00:00Z',
  '2020-03-29T00:30:00Z',
  '2020-10-24T23:30:00Z',
  '2020-12-31T23:30:00Z',
  '2021-03-27T23:00:00Z',
  '2021-05-31T22:15:00Z',
  '2021-08-31T10:00:00Z',
].map((iso) => new Date(iso));

const PERIODS: Period[] = [
  { from: null, to: null },
  { from: '2020-01-01', to: '2021-01-01' },
  { from: '2021-03-28', to: '2021-10-31' },
  { from: '2020-02-29', to: '2020-03-01' },
  { from: '2021-06-01', to: null },
  { from: null, to: '2020-06-15' },
  { from: '2021-06-01', to: '2021-07-05' },
  { from: '2020-10-01', to: '2021-01-01' },
];

function specs(codes: string[]): SurveySpec[] {
  const sentAt = fc.oneof(
    fc
      .integer({ min: Date.parse('2019-06-01T00:00:00Z'), max: Date.parse('2022-06-01T00:00:00Z') })
      .map((ms) => new Date(ms)),
    fc.constantFrom(...AWKWARD_INSTANTS),
  );
  const spec: fc.Arbitrary<SurveySpec> = fc.record({
    agency: fc.integer({ min: 0, max: 2 }),
    recurrence: fc.constantFrom<Recurrence>('once', 'weekly', 'monthly', 'quarterly', 'yearly'),
    occurrences: fc.integer({ min: 1, max: 6 }),
    minutes: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
    interviews: fc.option(
      fc.record({
        count: fc.integer({ min: 1, max: 30 }),
        minutesEach: fc.integer({ min: 10, max: 120 }),
      }),
      { nil: null },
    ),
    scope: fc.constantFrom<Scope>(
      'all_municipalities',
      'all_regions',
      'all_municipalities_and_regions',
      'selected',
      'selected',
    ),
    codes: fc.shuffledSubarray(codes, { minLength: 1, maxLength: 40 }),
    fate: fc.constantFrom<Fate>('draft', 'sent', 'sent', 'closed', 'closed', 'withdrawn'),
    sentAt,
    rounds: fc.array(
      fc.record({
        afterDays: fc.integer({ min: -20, max: 400 }),
        share: fc.double({ min: 0, max: 1, noNaN: true }),
      }),
      { maxLength: 4 },
    ),
  });
  return [...fc.sample(spec, { seed: 20211, numRuns: 36 }), ...EDGE_CASES];
}

/**
 * Schedules the sample may miss: a weekly collection whose round was recorded before its send,
 * so the planned occurrences follow that round; a once-survey with a round months after its
 * send, its remaining occurrences planned at that round.
 */
const EDGE_CASES: SurveySpec[] = [
  {
    agency: 0,
    recurrence: 'weekly',
    occurrences: 4,
    minutes: 30,
    interviews: null,
    scope: 'all_regions',
    codes: [],
    fate: 'sent',
    sentAt: new Date('2021-07-10T08:00:00Z'),
    rounds: [{ afterDays: -15, share: 0.5 }],
  },
  {
    agency: 1,
    recurrence: 'once',
    occurrences: 3,
    minutes: 20,
    interviews: { count: 2, minutesEach: 60 },
    scope: 'selected',
    codes: ['0180', '0980', '09', '2080'],
    fate: 'closed',
    sentAt: new Date('2020-03-01T08:00:00Z'),
    rounds: [{ afterDays: 245, share: 0.9 }],
  },
];

function toInput(survey: SurveyRead): BurdenInput {
  return {
    recipientCount: survey.recipientCount,
    occurrences: survey.occurrences,
    recurrence: survey.recurrence,
    estimatedMinutesPerResponse: survey.estimatedMinutesPerResponse,
    followUpInterviews: survey.followUpInterviews,
    status: survey.status,
    sentAt: survey.sentAt ? new Date(survey.sentAt) : null,
    rounds: survey.rounds.map((round) => ({
      sentAt: new Date(round.sentAt),
      responses: round.responses,
    })),
  };
}

/** What the burden report counts: surveys that went out, with their dated occurrences. */
function counted(survey: SurveyRead): boolean {
  return survey.status !== 'draft' && (survey.sentAt !== null || survey.rounds.length > 0);
}

function receives(survey: SurveyRead, code: string): boolean {
  const municipality = code.length === 4;
  switch (survey.recipientScope) {
    case 'all_municipalities':
      return municipality;
    case 'all_regions':
      return !municipality;
    case 'all_municipalities_and_regions':
      return true;
    case 'selected':
      return survey.recipientCodes.includes(code);
  }
}

function bound(day: string | null): Date | null {
  return day === null ? null : stockholmMidnight(day);
}

/** The pure functions' figures for the surveys, each weighted (1, or an authority's share). */
function expected(
  surveys: { survey: SurveyRead; weight: number }[],
  period: Period,
): Figures & { exact: { estimated: number; realized: number } } {
  const from = bound(period.from);
  const to = bound(period.to);
  let estimated = 0;
  let realized = 0;
  let count = 0;
  for (const { survey, weight } of surveys) {
    if (!counted(survey)) continue;
    const input = toInput(survey);
    const inside = occurrenceSchedule(input).some(
      (occurrence) =>
        (from === null || occurrence.at >= from) && (to === null || occurrence.at < to),
    );
    if (!inside) continue;
    const hours = hoursInPeriod(input, from, to);
    estimated += hours.estimatedHours * weight;
    realized += hours.realizedHours * weight;
    count += 1;
  }
  return {
    surveys: count,
    estimatedHours: roundHours(estimated),
    realizedHours: roundHours(realized),
    exact: { estimated, realized },
  };
}

function query(period: Period): string {
  return [period.from && `from=${period.from}`, period.to && `to=${period.to}`]
    .filter(Boolean)
    .map((part) => `&${part}`)
    .join('');
}

/** A share rounded to two decimals may differ from the rounded sum of shares by rounding. */
function expectShare(actual: Figures, wanted: ReturnType<typeof expected>): void {
  expect(actual.surveys).toBe(wanted.surveys);
  expect(Math.abs(actual.estimatedHours - wanted.exact.estimated)).toBeLessThanOrEqual(0.0051);
  expect(Math.abs(actual.realizedHours - wanted.exact.realized)).toBeLessThanOrEqual(0.0051);
}

/**
 * The SQL reports against the pure functions of burden-rules.ts, on varied surveys made through
 * the API: recurrences, rounds (also dated before the send), interviews, every recipient scope
 * and status, sends at month ends and around daylight saving.
 */
describe('burden SQL agrees with burden-rules', () => {
  let t: TestApp;
  let surveys: SurveyRead[];
  let allCodes: string[];

  beforeAll(async () => {
    t = await startTestApp({ FLAG_SCAN_INTERVAL_SECONDS: '0' });
    const s = scenario(t);
    const http = api(t);
    allCodes = (await http.get('/api/v1/local-authorities?limit=500').expect(200)).body.items.map(
      (item: { code: string }) => item.code,
    );
    const agencies = [
      await s.agency('socialstyrelsen'),
      await s.agency('cve'),
      await s.agency('regionDalarna'),
    ];
    surveys = [];
    for (const [index, spec] of specs(allCodes).entries()) {
      const created = await s.survey(agencies[spec.agency], {
        title: `Enkät ${index} om socialtjänstens arbete`,
        recurrence: spec.recurrence,
        occurrences: spec.occurrences,
        estimatedMinutesPerResponse: spec.minutes,
        ...(spec.interviews ? { followUpInterviews: spec.interviews } : {}),
        recipientScope: spec.scope,
        ...(spec.scope === 'selected' ? { recipientCodes: spec.codes } : {}),
        plannedSendDate: spec.sentAt.toISOString().slice(0, 10),
      });
      const path = `/api/v1/surveys/${created.id}`;
      if (spec.fate === 'withdrawn') {
        await http.post(`${path}/withdraw`, { reason: 'Befintliga uppgifter räcker' }).expect(200);
      }
      if (spec.fate === 'sent' || spec.fate === 'closed') {
        await s.send(created.id, spec.sentAt.toISOString());
        for (const round of spec.rounds) {
          await http
            .post(`${path}/rounds`, {
              sentAt: new Date(spec.sentAt.getTime() + round.afterDays * DAY).toISOString(),
              responses: Math.floor(round.share * (created.recipientCount as number)),
            })
            .expect(201);
        }
        if (spec.fate === 'closed') await http.post(`${path}/close`).expect(200);
      }
      surveys.push((await http.get(path).expect(200)).body);
    }
  }, 120_000);
  afterAll(() => t.close());

  const report = async (groupBy: string, period: Period, extra = ''): Promise<Report> =>
    (
      await api(t)
        .get(`/api/v1/burden?groupBy=${groupBy}${query(period)}${extra}`)
        .expect(200)
    ).body;

  it('made surveys of every kind', () => {
    const statuses = new Set(surveys.map((survey) => survey.status));
    expect([...statuses].sort()).toEqual(['closed', 'draft', 'sent', 'withdrawn']);
    expect(surveys.some((survey) => survey.rounds.length > 1)).toBe(true);
    expect(surveys.some((s) => s.recurrence !== 'once' && s.rounds.length === 0)).toBe(true);
    expect(surveys.filter(counted).length).toBeGreaterThan(15);
  });

  it.each(PERIODS)('has the same totals for every grouping, from $from to $to', async (period) => {
    const wanted = expected(
      surveys.map((survey) => ({ survey, weight: 1 })),
      period,
    );
    for (const groupBy of ['agency', 'month', 'year', 'local_authority']) {
      const { totals } = await report(groupBy, period);
      expect({ groupBy, ...totals }).toMatchObject({
        groupBy,
        surveys: wanted.surveys,
        estimatedHours: wanted.estimatedHours,
        realizedHours: wanted.realizedHours,
      });
    }
  });

  it('has each month as the pure functions count it in Swedish calendar months', async () => {
    const { rows } = await report('month', { from: null, to: null });
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const period = { from: `${row.key}-01`, to: nextMonthStart(row.key) };
      const wanted = expected(
        surveys.map((survey) => ({ survey, weight: 1 })),
        period,
      );
      expect({ month: row.key, ...row }).toMatchObject({
        month: row.key,
        surveys: wanted.surveys,
        estimatedHours: wanted.estimatedHours,
        realizedHours: wanted.realizedHours,
      });
    }
  });

  it('has each agency as the pure functions count it', async () => {
    const period = { from: '2020-01-01', to: '2021-07-01' };
    const { rows } = await report('agency', period);
    for (const row of rows) {
      const mine = surveys.filter((survey) => survey.agency.id === row.key);
      const wanted = expected(
        mine.map((survey) => ({ survey, weight: 1 })),
        period,
      );
      expect(row).toMatchObject({
        surveys: wanted.surveys,
        estimatedHours: wanted.estimatedHours,
        realizedHours: wanted.realizedHours,
      });
    }
  });

  it('gives every municipality and region its share, and only those it received', async () => {
    const period = { from: '2020-06-01', to: '2021-12-01' };
    const { rows } = await report('local_authority', period);
    const byCode = new Map(rows.map((row) => [row.key, row]));
    for (const code of allCodes) {
      const mine = surveys
        .filter((survey) => receives(survey, code))
        .map((survey) => ({ survey, weight: 1 / survey.recipientCount }));
      const wanted = expected(mine, period);
      const row = byCode.get(code);
      if (wanted.surveys === 0) {
        expect({ code, row }).toEqual({ code, row: undefined });
      } else {
        expect(row).toBeDefined();
        expectShare(row!, wanted);
      }
    }
  });

  it('filters by agency and by one authority as the pure functions do', async () => {
    const period = { from: '2020-01-01', to: '2022-01-01' };
    const agencyId = surveys[0].agency.id;
    const byAgency = await report('year', period, `&agencyId=${agencyId}`);
    const wanted = expected(
      surveys.filter((s) => s.agency.id === agencyId).map((survey) => ({ survey, weight: 1 })),
      period,
    );
    expect(byAgency.totals).toMatchObject({
      surveys: wanted.surveys,
      estimatedHours: wanted.estimatedHours,
      realizedHours: wanted.realizedHours,
    });
    for (const code of ['0980', '09', allCodes[3]]) {
      const share = await report('month', period, `&localAuthorityCode=${code}`);
      const mine = surveys
        .filter((survey) => receives(survey, code))
        .map((survey) => ({ survey, weight: 1 / survey.recipientCount }));
      expectShare(share.totals, expected(mine, period));
    }
  });

  it('lists in a ledger the surveys the pure functions place in the year', async () => {
    for (const code of ['0980', '09', allCodes[3], allCodes[100]]) {
      for (const year of [2020, 2021]) {
        const period = { from: `${year}-01-01`, to: `${year + 1}-01-01` };
        const ledger = (
          await api(t).get(`/api/v1/local-authorities/${code}/burden?year=${year}`).expect(200)
        ).body as { items: (Figures & { reference: string })[]; totals: Figures };
        const mine = surveys.filter((survey) => receives(survey, code) && counted(survey));
        const listed = mine.filter(
          (survey) => expected([{ survey, weight: 1 }], period).surveys === 1,
        );
        expect(ledger.items.map((item) => item.reference).sort()).toEqual(
          listed.map((survey) => survey.reference).sort(),
        );
        for (const item of ledger.items) {
          const survey = listed.find((candidate) => candidate.reference === item.reference)!;
          expectShare(
            { ...item, surveys: 1 },
            expected([{ survey, weight: 1 / survey.recipientCount }], period),
          );
        }
        expectShare(
          ledger.totals,
          expected(
            listed.map((survey) => ({ survey, weight: 1 / survey.recipientCount })),
            period,
          ),
        );
      }
    }
  });

  it('does not depend on the database session time zone', async () => {
    const inZone = async (zone: string) => {
      const runner = t.dataSource.createQueryRunner();
      try {
        await runner.query(`SET TIME ZONE '${zone}'`);
        const byGrouping = [];
        const instants = `WITH ${OCCURRENCES_CTE} SELECT survey_id, at FROM occurrences ORDER BY 1, 2`;
        for (const sql of [instants, ...Object.values(BURDEN_REPORT_SQL)]) {
          byGrouping.push(await runner.query(sql, ['2020-03-01', '2021-11-01', null, null, null]));
        }
        return byGrouping;
      } finally {
        await runner.query('RESET TIME ZONE');
        await runner.release();
      }
    };
    const utc = await inZone('UTC');
    expect(utc[0].length).toBeGreaterThan(20);
    expect(utc[2].length).toBeGreaterThan(5);
    expect(await inZone('Pacific/Auckland')).toEqual(utc);
    expect(await inZone('America/New_York')).toEqual(utc);
  });
});
