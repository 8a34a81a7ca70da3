import fc from 'fast-check';
import {
  avoidedHours,
  BurdenInput,
  costSek,
  estimatedHours,
  hoursInPeriod,
  occurrenceSchedule,
  realizedHours,
  Recurrence,
  roundHours,
} from './burden-rules';

const TOLERANCE = 1e-6;

function survey(overrides: Partial<BurdenInput> = {}): BurdenInput {
  return {
    recipientCount: 290,
    occurrences: 1,
    recurrence: 'once',
    estimatedMinutesPerResponse: 30,
    followUpInterviews: null,
    status: 'draft',
    sentAt: null,
    rounds: [],
    ...overrides,
  };
}

const utc = (iso: string): Date => new Date(iso);

// Seed case 5: Socialstyrelsen's weekly situation report; 253 municipalities reported for the
// week 3–9 Sep 2020 and 239 (82 %) for 25–31 Mar 2021.
const weeklySituationReport = survey({
  recurrence: 'weekly',
  occurrences: 2,
  status: 'sent',
  sentAt: utc('2020-09-10T08:00:00Z'),
  rounds: [
    { sentAt: utc('2021-04-01T08:00:00Z'), responses: 239 },
    { sentAt: utc('2020-09-10T08:00:00Z'), responses: 253 },
  ],
});

// Seed case 4: Socialstyrelsen's competence supply survey, 100 municipalities plus follow-up
// interviews in about 20.
const competenceSupply = survey({
  recipientCount: 100,
  estimatedMinutesPerResponse: 45,
  followUpInterviews: { count: 20, minutesEach: 90 },
  status: 'sent',
  sentAt: utc('2020-09-21T08:00:00Z'),
});

// Seed case 3: Myva dropped its survey to all municipalities after consulting SKR.
const myvaWithdrawn = survey({ estimatedMinutesPerResponse: 60, status: 'withdrawn' });

// Seed case 6: Region Dalarna's questions to the 15 municipalities of the county, sent on
// Friday 25 Sep 2020 with a deadline on Monday.
const dalarna = survey({
  recipientCount: 15,
  estimatedMinutesPerResponse: 20,
  status: 'sent',
  sentAt: utc('2020-09-25T13:30:00Z'),
});

describe('estimatedHours', () => {
  it('multiplies recipients, occurrences and minutes, and adds the interviews', () => {
    expect(estimatedHours(competenceSupply)).toBe(75 + 30);
  });

  it('counts only the interviews when no minutes per response are known', () => {
    expect(estimatedHours({ ...competenceSupply, estimatedMinutesPerResponse: null })).toBe(30);
  });

  it('is 0 with neither minutes nor interviews', () => {
    expect(estimatedHours(survey({ estimatedMinutesPerResponse: null }))).toBe(0);
  });

  it('covers every planned occurrence of a recurring collection', () => {
    expect(estimatedHours(survey({ recurrence: 'monthly', occurrences: 12 }))).toBe(290 * 12 * 0.5);
  });

  it('covers the recorded rounds when more rounds ran than were planned', () => {
    expect(estimatedHours({ ...weeklySituationReport, occurrences: 1 })).toBe(2 * 145);
  });

  it('keeps full precision (7 minutes is 0.11666… hours)', () => {
    expect(estimatedHours(survey({ recipientCount: 1, estimatedMinutesPerResponse: 7 }))).toBe(
      7 / 60,
    );
  });

  it('rejects occurrences below 1 and negative counts', () => {
    expect(() => estimatedHours(survey({ occurrences: 0 }))).toThrow(RangeError);
    expect(() => estimatedHours(survey({ recipientCount: -1 }))).toThrow(RangeError);
    expect(() => estimatedHours(survey({ sentAt: new Date(Number.NaN) }))).toThrow(RangeError);
  });
});

describe('seed cases', () => {
  it('weekly situation report: realized burden follows the reported response counts', () => {
    expect(estimatedHours(weeklySituationReport)).toBe(290);
    expect(realizedHours(weeklySituationReport)).toBe((253 + 239) / 2);
    expect(hoursInPeriod(weeklySituationReport, utc('2020-01-01'), utc('2021-01-01'))).toEqual({
      estimatedHours: 145,
      realizedHours: 126.5,
    });
    expect(hoursInPeriod(weeklySituationReport, utc('2021-01-01'), utc('2022-01-01'))).toEqual({
      estimatedHours: 145,
      realizedHours: 119.5,
    });
  });

  it('competence supply: 100 × 45 min plus 20 interviews × 90 min is 105 hours', () => {
    expect(estimatedHours(competenceSupply)).toBe(105);
    expect(realizedHours(competenceSupply)).toBe(105);
    expect(realizedHours({ ...competenceSupply, status: 'draft', sentAt: null })).toBe(0);
  });

  it('Myva: the withdrawn survey realized nothing and avoided its estimate', () => {
    expect(avoidedHours(myvaWithdrawn)).toBe(290);
    expect(avoidedHours(myvaWithdrawn)).toBe(estimatedHours(myvaWithdrawn));
    expect(realizedHours(myvaWithdrawn)).toBe(0);
  });

  it('Dalarna: a once-survey without rounds counts as fully answered, in September 2020', () => {
    expect(realizedHours(dalarna)).toBe(5);
    expect(hoursInPeriod(dalarna, utc('2020-09-01'), utc('2020-10-01'))).toEqual({
      estimatedHours: 5,
      realizedHours: 5,
    });
    expect(hoursInPeriod(dalarna, utc('2020-10-01'), utc('2020-11-01'))).toEqual({
      estimatedHours: 0,
      realizedHours: 0,
    });
  });
});

describe('realizedHours', () => {
  it('is 0 for drafts and withdrawn surveys, even with rounds recorded', () => {
    expect(realizedHours({ ...weeklySituationReport, status: 'draft' })).toBe(0);
    expect(realizedHours({ ...weeklySituationReport, status: 'withdrawn' })).toBe(0);
  });

  it('counts closed surveys like sent ones', () => {
    expect(realizedHours({ ...competenceSupply, status: 'closed' })).toBe(105);
  });

  it('assumes only the first send of a recurring collection without rounds was answered', () => {
    const monthly = survey({
      recurrence: 'monthly',
      occurrences: 6,
      status: 'sent',
      sentAt: utc('2021-01-15T08:00:00Z'),
    });
    expect(realizedHours(monthly)).toBe(145);
    expect(estimatedHours(monthly)).toBe(6 * 145);
  });

  it('counts interviews once, on top of the recorded rounds', () => {
    const withInterviews = {
      ...weeklySituationReport,
      followUpInterviews: { count: 4, minutesEach: 60 },
    };
    expect(realizedHours(withInterviews)).toBe(246 + 4);
  });
});

describe('occurrenceSchedule', () => {
  const sentAt = utc('2024-01-31T09:00:00Z');
  const datesOf = (recurrence: Recurrence, occurrences: number): string[] =>
    occurrenceSchedule(survey({ recurrence, occurrences, sentAt })).map((o) => o.at.toISOString());

  it('steps weekly by 7 days', () => {
    expect(datesOf('weekly', 3)).toEqual([
      '2024-01-31T09:00:00.000Z',
      '2024-02-07T09:00:00.000Z',
      '2024-02-14T09:00:00.000Z',
    ]);
  });

  it('steps monthly from the send date, clamping to the end of shorter months', () => {
    expect(datesOf('monthly', 4)).toEqual([
      '2024-01-31T09:00:00.000Z',
      '2024-02-29T09:00:00.000Z',
      '2024-03-31T09:00:00.000Z',
      '2024-04-30T09:00:00.000Z',
    ]);
  });

  it('steps quarterly by 3 months and yearly by 12', () => {
    expect(datesOf('quarterly', 2)).toEqual([
      '2024-01-31T09:00:00.000Z',
      '2024-04-30T09:00:00.000Z',
    ]);
    const leapDay = survey({ recurrence: 'yearly', occurrences: 2, sentAt: utc('2020-02-29') });
    expect(occurrenceSchedule(leapDay).map((o) => o.at.toISOString())).toEqual([
      '2020-02-29T00:00:00.000Z',
      '2021-02-28T00:00:00.000Z',
    ]);
  });

  it('lists a once-survey once, with no responses recorded', () => {
    expect(occurrenceSchedule(survey({ sentAt }))).toEqual([
      { at: sentAt, recipients: 290, responses: null },
    ]);
  });

  it('uses the recorded rounds, oldest first', () => {
    expect(occurrenceSchedule(weeklySituationReport)).toEqual([
      { at: utc('2020-09-10T08:00:00Z'), recipients: 290, responses: 253 },
      { at: utc('2021-04-01T08:00:00Z'), recipients: 290, responses: 239 },
    ]);
  });

  it('continues planned occurrences one step after the last recorded round', () => {
    const schedule = occurrenceSchedule({ ...weeklySituationReport, occurrences: 4 });
    expect(schedule.slice(2)).toEqual([
      { at: utc('2021-04-08T08:00:00Z'), recipients: 290, responses: null },
      { at: utc('2021-04-15T08:00:00Z'), recipients: 290, responses: null },
    ]);
  });

  it('is empty for a survey with no date', () => {
    expect(occurrenceSchedule(survey({ occurrences: 3, recurrence: 'weekly' }))).toEqual([]);
  });
});

describe('hoursInPeriod', () => {
  it('includes an occurrence at `from` and excludes one at `to`', () => {
    const at = dalarna.sentAt as Date;
    expect(hoursInPeriod(dalarna, at, null).estimatedHours).toBe(5);
    expect(hoursInPeriod(dalarna, null, at).estimatedHours).toBe(0);
  });

  it('attaches the interviews to the first occurrence', () => {
    const twice = { ...competenceSupply, recurrence: 'yearly' as const, occurrences: 2 };
    expect(hoursInPeriod(twice, utc('2020-01-01'), utc('2021-01-01')).estimatedHours).toBe(105);
    expect(hoursInPeriod(twice, utc('2021-01-01'), utc('2022-01-01')).estimatedHours).toBe(75);
  });

  it('places an undated draft in the future: only periods without an end include it', () => {
    const draft = survey();
    expect(hoursInPeriod(draft, utc('2030-01-01'), null).estimatedHours).toBe(145);
    expect(hoursInPeriod(draft, null, utc('2030-01-01')).estimatedHours).toBe(0);
  });
});

describe('avoidedHours', () => {
  it('is 0 for surveys that were not withdrawn', () => {
    expect(avoidedHours(competenceSupply)).toBe(0);
    expect(avoidedHours({ ...myvaWithdrawn, status: 'draft' })).toBe(0);
  });
});

describe('costSek and roundHours', () => {
  it('multiplies hours by the tariff', () => {
    expect(costSek(105, 450)).toBe(47_250);
    expect(costSek(0, 450)).toBe(0);
  });

  it('rejects negative hours and tariffs', () => {
    expect(() => costSek(-1, 450)).toThrow(RangeError);
    expect(() => costSek(1, -450)).toThrow(RangeError);
  });

  it('rounds to two decimals, halves away from zero', () => {
    expect(roundHours(7 / 60)).toBe(0.12);
    expect(roundHours(1.005)).toBe(1.01);
    expect(roundHours(126.5)).toBe(126.5);
    expect(roundHours(0.004)).toBe(0);
  });
});

describe('properties', () => {
  const dateArb = fc.date({
    min: utc('2000-01-01T00:00:00Z'),
    max: utc('2040-01-01T00:00:00Z'),
    noInvalidDate: true,
  });
  const inputArb: fc.Arbitrary<BurdenInput> = fc.record({
    recipientCount: fc.integer({ min: 0, max: 400 }),
    occurrences: fc.integer({ min: 1, max: 60 }),
    recurrence: fc.constantFrom<Recurrence>('once', 'weekly', 'monthly', 'quarterly', 'yearly'),
    estimatedMinutesPerResponse: fc.option(fc.integer({ min: 1, max: 10_000 })),
    followUpInterviews: fc.option(
      fc.record({
        count: fc.integer({ min: 0, max: 50 }),
        minutesEach: fc.integer({ min: 1, max: 600 }),
      }),
    ),
    status: fc.constantFrom<BurdenInput['status']>('draft', 'sent', 'closed', 'withdrawn'),
    sentAt: fc.option(dateArb),
    rounds: fc.array(fc.record({ sentAt: dateArb, responses: fc.integer({ min: 0, max: 400 }) }), {
      maxLength: 8,
    }),
  });
  /** A period [from, to) (either end possibly open) and an instant inside it. */
  const periodArb = fc
    .tuple(dateArb, dateArb, dateArb, fc.boolean(), fc.boolean())
    .map(([a, b, c, openStart, openEnd]) => {
      const [from, at, to] = [a, b, c].sort((x, y) => x.getTime() - y.getTime());
      return { from: openStart ? null : from, at, to: openEnd ? null : to };
    });

  const close = (a: number, b: number): boolean => Math.abs(a - b) <= TOLERANCE;

  it('splitting a period at any instant never changes the total', () => {
    fc.assert(
      fc.property(inputArb, periodArb, (input, { from, at, to }) => {
        const whole = hoursInPeriod(input, from, to);
        const before = hoursInPeriod(input, from, at);
        const after = hoursInPeriod(input, at, to);
        expect(close(before.estimatedHours + after.estimatedHours, whole.estimatedHours)).toBe(
          true,
        );
        expect(close(before.realizedHours + after.realizedHours, whole.realizedHours)).toBe(true);
      }),
    );
  });

  it('the unbounded period equals the totals', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const all = hoursInPeriod(input, null, null);
        expect(close(all.estimatedHours, estimatedHours(input))).toBe(true);
        expect(close(all.realizedHours, realizedHours(input))).toBe(true);
      }),
    );
  });

  it('withdrawn and draft surveys never add realized burden', () => {
    fc.assert(
      fc.property(
        inputArb,
        periodArb,
        fc.constantFrom<BurdenInput['status']>('withdrawn', 'draft'),
        (input, { from, to }, status) => {
          const unsent = { ...input, status };
          expect(realizedHours(unsent)).toBe(0);
          expect(hoursInPeriod(unsent, from, to).realizedHours).toBe(0);
        },
      ),
    );
  });

  it('the estimate is linear in recipients (plus the fixed interview part)', () => {
    fc.assert(
      fc.property(
        inputArb,
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        (input, a, b) => {
          const variable = (recipients: number): number =>
            estimatedHours({ ...input, recipientCount: recipients }) -
            estimatedHours({ ...input, recipientCount: 0 });
          expect(close(variable(a + b), variable(a) + variable(b))).toBe(true);
          expect(close(variable(3 * a), 3 * variable(a))).toBe(true);
        },
      ),
    );
  });

  it('no figure is ever negative', () => {
    fc.assert(
      fc.property(inputArb, periodArb, (input, { from, to }) => {
        const period = hoursInPeriod(input, from, to);
        const figures = [
          estimatedHours(input),
          realizedHours(input),
          avoidedHours(input),
          period.estimatedHours,
          period.realizedHours,
        ];
        expect(figures.every((value) => value >= 0)).toBe(true);
      }),
    );
  });

  it('a dated schedule has one entry per planned occurrence or recorded round', () => {
    fc.assert(
      fc.property(inputArb, dateArb, (input, sentAt) => {
        const schedule = occurrenceSchedule({ ...input, sentAt });
        expect(schedule).toHaveLength(Math.max(input.occurrences, input.rounds.length));
        const times = schedule.map((o) => o.at.getTime());
        expect(times).toEqual([...times].sort((x, y) => x - y));
      }),
    );
  });
});
