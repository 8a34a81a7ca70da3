import fc from 'fast-check';
import { atStockholmTime, isWorkingDay, stockholmDate, workingDaysBetween } from './working-days';

const at = (date: string, time: string): Date => atStockholmTime(date, time);

describe('isWorkingDay', () => {
  it.each([
    ['2020-06-19', false, 'midsommarafton (Friday, a bank holiday in date-holidays)'],
    ['2020-06-18', true, 'the Thursday before midsommar'],
    ['2020-06-06', false, 'nationaldagen on a Saturday'],
    ['2022-06-06', false, 'nationaldagen on a Monday'],
    ['2020-12-24', false, 'julafton (Thursday)'],
    ['2020-12-23', true, 'the day before julafton'],
    ['2020-12-31', false, 'nyårsafton (Thursday)'],
    ['2021-01-01', false, 'nyårsdagen'],
    ['2020-01-06', false, 'trettondedag jul (Monday)'],
    ['2021-01-05', true, 'trettondagsafton is only an optional half day'],
    ['2021-04-01', true, 'skärtorsdagen is an ordinary working day'],
    ['2021-04-02', false, 'långfredagen'],
    ['2021-04-05', false, 'annandag påsk'],
    ['2020-04-30', true, 'valborgsmässoafton is only an optional half day'],
    ['2021-05-13', false, 'Kristi himmelsfärdsdag'],
    ['2021-05-24', true, 'annandag pingst has not been a holiday since 2005'],
    ['2020-10-30', true, 'allhelgonaafton is only an optional half day'],
    ['2020-11-06', true, 'Gustav Adolfsdagen is a flag day, not a holiday'],
    ['2020-09-25', true, 'an ordinary Friday'],
    ['2020-09-26', false, 'a Saturday'],
    ['2020-09-27', false, 'a Sunday'],
  ])('%s is working day: %s (%s)', (date, expected) => {
    expect(isWorkingDay(date)).toBe(expected);
  });

  it.each(['2021-02-30', '2020-13-01', '25/09/2020', ''])('rejects %p', (date) => {
    expect(() => isWorkingDay(date)).toThrow(RangeError);
  });
});

describe('Stockholm time', () => {
  it.each([
    ['2020-09-25', '15:00', '2020-09-25T13:00:00.000Z', 'summer time, UTC+2'],
    ['2020-12-01', '15:00', '2020-12-01T14:00:00.000Z', 'winter time, UTC+1'],
    ['2020-10-25', '09:00', '2020-10-25T08:00:00.000Z', 'the day summer time ends'],
    ['2021-03-28', '09:00', '2021-03-28T07:00:00.000Z', 'the day summer time starts'],
    ['2021-03-28', '02:30', '2021-03-28T01:30:00.000Z', 'a clock time skipped in spring'],
  ])('%s %s is %s (%s)', (date, time, iso) => {
    expect(atStockholmTime(date, time).toISOString()).toBe(iso);
  });

  it.each(['9:00', '24:00', '12:60'])('rejects the time %p', (time) => {
    expect(() => atStockholmTime('2021-01-04', time)).toThrow(RangeError);
  });

  it.each([
    ['2020-09-25T22:30:00Z', '2020-09-26', 'late evening UTC is the next day in summer'],
    ['2020-12-31T23:00:00Z', '2021-01-01', 'midnight UTC+1 on New Year'],
    ['2020-12-31T22:59:59Z', '2020-12-31', 'just before midnight in winter'],
  ])('%s falls on %s (%s)', (iso, date) => {
    expect(stockholmDate(new Date(iso))).toBe(date);
  });

  it('gives the day Stockholm clocks show, around the changes of summer time too', () => {
    const clock = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Stockholm',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const shown = (instant: Date) => {
      const part = (type: string) => clock.formatToParts(instant).find((p) => p.type === type)!;
      return `${part('year').value}-${part('month').value}-${part('day').value}`;
    };
    const changes = [
      '1980-04-06T01:00:00Z',
      '1995-09-24T01:00:00Z',
      '2021-03-28T01:00:00Z',
      '2021-10-31T01:00:00Z',
      '2026-03-29T01:00:00Z',
    ].map((iso) => Date.parse(iso));
    const nearChange = fc
      .tuple(fc.constantFrom(...changes), fc.integer({ min: -2 * 86_400_000, max: 2 * 86_400_000 }))
      .map(([change, ms]) => new Date(change + ms));
    const anyTime = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2100-01-01T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(fc.oneof(nearChange, anyTime), (instant) => {
        expect(stockholmDate(instant)).toBe(shown(instant));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('workingDaysBetween', () => {
  it('leaves less than one working day for the Dalarna request (Friday 15:00 → Monday 12:00)', () => {
    const days = workingDaysBetween(at('2020-09-25', '15:00'), at('2020-09-28', '12:00'));
    expect(days).toBeLessThan(1);
    expect(days).toBeCloseTo(2 / 9 + 4 / 9, 12);
  });

  it.each([
    [
      'sent Friday 15:00, due 17:00 the same day',
      '2020-09-25',
      '15:00',
      '2020-09-25',
      '17:00',
      2 / 9,
    ],
    ['noon deadline counts 4/9 of its day', '2020-09-24', '17:00', '2020-09-25', '12:00', 4 / 9],
    ['deadline at 08:00 counts none of its day', '2020-09-24', '17:00', '2020-09-25', '08:00', 0],
    [
      'deadline before 08:00 counts none of its day',
      '2020-09-24',
      '12:00',
      '2020-09-25',
      '07:00',
      5 / 9,
    ],
    ['deadline at 17:00 counts all of its day', '2020-09-24', '17:00', '2020-09-25', '17:00', 1],
    ['deadline after 17:00 counts all of its day', '2020-09-24', '17:00', '2020-09-25', '20:00', 1],
    ['sent before 08:00 keeps the whole send day', '2020-09-24', '06:00', '2020-09-24', '17:00', 1],
    [
      'sent after 17:00 keeps nothing of the send day',
      '2020-09-24',
      '18:00',
      '2020-09-25',
      '17:00',
      1,
    ],
    ['sent on a Saturday: the weekend is free', '2020-09-26', '10:00', '2020-09-28', '17:00', 1],
    ['a full week, Monday to Monday', '2021-09-06', '08:00', '2021-09-13', '08:00', 5],
    ['two weeks, Monday to Monday', '2021-09-06', '08:00', '2021-09-20', '08:00', 10],
    ['midsommarafton is skipped', '2020-06-18', '17:00', '2020-06-22', '17:00', 1],
    ['julafton and juldagen are skipped', '2020-12-23', '17:00', '2020-12-28', '17:00', 1],
    ['nyårsafton and nyårsdagen are skipped', '2020-12-30', '17:00', '2021-01-04', '17:00', 1],
    ['påsk (långfredag to annandag) is skipped', '2021-04-01', '17:00', '2021-04-06', '17:00', 1],
    ['Kristi himmelsfärd is skipped', '2021-05-12', '17:00', '2021-05-14', '17:00', 1],
    ['across the autumn DST change', '2020-10-23', '08:00', '2020-10-26', '17:00', 2],
    ['across the spring DST change', '2021-03-26', '08:00', '2021-03-29', '17:00', 2],
    ['a deadline on a holiday adds nothing', '2020-12-23', '17:00', '2020-12-24', '12:00', 0],
  ])('%s', (_label, sentDate, sentTime, dueDate, dueTime, expected) => {
    expect(workingDaysBetween(at(sentDate, sentTime), at(dueDate, dueTime))).toBeCloseTo(
      expected,
      12,
    );
  });

  it('counts a date-only deadline given as 00:00 as none of that day, and 23:59 as all of it', () => {
    const sentAt = at('2021-09-06', '08:00');
    expect(workingDaysBetween(sentAt, at('2021-09-08', '00:00'))).toBe(2);
    expect(workingDaysBetween(sentAt, at('2021-09-08', '23:59'))).toBe(3);
  });

  it('is 0 when the deadline is at or before the send time', () => {
    const sentAt = at('2021-09-06', '12:00');
    expect(workingDaysBetween(sentAt, sentAt)).toBe(0);
    expect(workingDaysBetween(sentAt, at('2021-09-01', '12:00'))).toBe(0);
  });

  describe('properties', () => {
    // Within the years whose holidays the tests above pin down, and a margin around them.
    const instant = fc.date({
      min: new Date('2019-01-01T00:00:00Z'),
      max: new Date('2023-12-31T23:59:59Z'),
      noInvalidDate: true,
    });

    it('is never negative', () => {
      fc.assert(
        fc.property(instant, instant, (a, b) => {
          expect(workingDaysBetween(a, b)).toBeGreaterThanOrEqual(0);
        }),
      );
    });

    it('never decreases as the deadline moves later', () => {
      fc.assert(
        fc.property(instant, instant, instant, (sentAt, x, y) => {
          const [early, late] = x <= y ? [x, y] : [y, x];
          expect(workingDaysBetween(sentAt, early)).toBeLessThanOrEqual(
            workingDaysBetween(sentAt, late),
          );
        }),
      );
    });

    it('adds up when the interval is split at any instant', () => {
      fc.assert(
        fc.property(instant, instant, instant, (x, y, z) => {
          const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime());
          const whole = workingDaysBetween(a, c);
          const parts = workingDaysBetween(a, b) + workingDaysBetween(b, c);
          expect(Math.abs(whole - parts)).toBeLessThan(1e-9);
        }),
      );
    });

    it('never counts more working time than the time that passed', () => {
      fc.assert(
        fc.property(instant, instant, (a, b) => {
          const workedMs = workingDaysBetween(a, b) * 9 * 3_600_000;
          expect(workedMs).toBeLessThanOrEqual(Math.max(0, b.getTime() - a.getTime()) + 1e-3);
        }),
      );
    });
  });
});
