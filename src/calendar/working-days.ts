import Holidays from 'date-holidays';

/**
 * Swedish working days and working time, on the Europe/Stockholm calendar.
 *
 * Dates are `YYYY-MM-DD` strings meaning a Stockholm calendar day; instants are `Date`s.
 * A working day is Monday–Friday minus the Swedish public holidays and the eves Swedish
 * workplaces take off (midsommarafton, julafton, nyårsafton), and runs 08:00–17:00.
 */

const TIME_ZONE = 'Europe/Stockholm';
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const WORKDAY_START_MS = 8 * 60 * MS_PER_MINUTE;
const WORKDAY_END_MS = 17 * 60 * MS_PER_MINUTE;
const WORKDAY_LENGTH_MS = WORKDAY_END_MS - WORKDAY_START_MS;

/*
 * date-holidays marks midsommarafton, julafton and nyårsafton as `bank`; the half days
 * (trettondagsafton, valborgsmässoafton, allhelgonaafton) are `optional` and skärtorsdagen
 * and the like `observance`, which are ordinary working days.
 */
const NON_WORKING_HOLIDAY_TYPES: ReadonlySet<string> = new Set(['public', 'bank']);
const swedishHolidays = new Holidays('SE');
const holidaysByYear = new Map<number, ReadonlySet<string>>();

// formatToParts is the only dependency-free way to read Stockholm wall-clock time, DST included.
const stockholmClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

interface StockholmMoment {
  date: string;
  msOfDay: number;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Days since 1970-01-01 for a valid YYYY-MM-DD; RangeError otherwise. */
function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const utc = new Date(Date.UTC(year, month - 1, day));
    // Date.UTC rolls 2021-02-30 over into March; a round trip catches that.
    if (utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1) {
      return utc.getTime() / MS_PER_DAY;
    }
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
}

/** Calendar days from one Stockholm day to another (negative when `to` is earlier). */
export function calendarDaysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

function dateOfDayNumber(days: number): string {
  return new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
}

function holidaysOf(year: number): ReadonlySet<string> {
  let holidays = holidaysByYear.get(year);
  if (!holidays) {
    holidays = new Set(
      swedishHolidays
        .getHolidays(year)
        .filter((holiday) => NON_WORKING_HOLIDAY_TYPES.has(holiday.type))
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    holidaysByYear.set(year, holidays);
  }
  return holidays;
}

function isWorkingDayNumber(days: number): boolean {
  const weekday = new Date(days * MS_PER_DAY).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const date = dateOfDayNumber(days);
  return !holidaysOf(Number(date.slice(0, 4))).has(date);
}

/** Whether a Stockholm calendar day (YYYY-MM-DD) is a Swedish working day. */
export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(dayNumber(date));
}

function wallClockOf(instant: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const part of stockholmClock.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

/** Stockholm's offset from UTC as its clocks show it (the formatter drops milliseconds). */
function offsetOnClock(instant: Date): number {
  const clock = wallClockOf(instant);
  const wallAsUtc = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
  );
  return wallAsUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * Stockholm's offset from UTC per UTC day, for the days it is the same at their first and
 * last millisecond: reading the clock costs about as much as the rest of a public lookup
 * item, which needs the Stockholm day of two or three instants. The days a change of offset
 * falls on are read every time.
 */
const offsetByUtcDay = new Map<number, number>();
/** More than two centuries of days; past it the map starts over. */
const MAX_OFFSET_DAYS = 100_000;

function offsetMsAt(instant: Date): number {
  const day = Math.floor(instant.getTime() / MS_PER_DAY);
  const known = offsetByUtcDay.get(day);
  if (known !== undefined) return known;
  const first = offsetOnClock(new Date(day * MS_PER_DAY));
  if (first !== offsetOnClock(new Date((day + 1) * MS_PER_DAY - 1))) return offsetOnClock(instant);
  if (offsetByUtcDay.size >= MAX_OFFSET_DAYS) offsetByUtcDay.clear();
  offsetByUtcDay.set(day, first);
  return first;
}

function stockholmMoment(instant: Date): StockholmMoment {
  // Stockholm's offset is whole seconds, so the milliseconds carry over.
  const wallMs = instant.getTime() + offsetMsAt(instant);
  const wall = new Date(wallMs);
  return {
    date: formatDate(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate()),
    msOfDay: wallMs - Math.floor(wallMs / MS_PER_DAY) * MS_PER_DAY,
  };
}

/** The Stockholm calendar day (YYYY-MM-DD) an instant falls on. */
export function stockholmDate(instant: Date): string {
  return stockholmMoment(instant).date;
}

/**
 * The instant when Stockholm clocks show `time` (HH:MM) on `date`. A time skipped by the
 * spring DST change resolves to the instant an hour later on the clock.
 */
export function atStockholmTime(date: string, time: string): Date {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    throw new RangeError(`Not a time of day (HH:MM): ${time}`);
  }
  const wallAsUtc =
    dayNumber(date) * MS_PER_DAY + (Number(match[1]) * 60 + Number(match[2])) * MS_PER_MINUTE;
  // The offset depends on the instant we are looking for, so correct once after a first guess.
  const firstGuess = wallAsUtc - offsetMsAt(new Date(wallAsUtc));
  return new Date(wallAsUtc - offsetMsAt(new Date(firstGuess)));
}

/** Working time already spent on a day at this moment, in ms (0 before 08:00, all after 17:00). */
function workedMsOfDay(moment: StockholmMoment): number {
  if (!isWorkingDay(moment.date)) return 0;
  const clamped = Math.min(Math.max(moment.msOfDay, WORKDAY_START_MS), WORKDAY_END_MS);
  return clamped - WORKDAY_START_MS;
}

/** Working days in the half-open range of Stockholm days [from, to). */
function workingDaysFromTo(from: string, to: string): number {
  let count = 0;
  for (let days = dayNumber(from), end = dayNumber(to); days < end; days++) {
    if (isWorkingDayNumber(days)) count++;
  }
  return count;
}

/**
 * Working time from `sentAt` to `deadline`, in working days (fractions included).
 *
 * The send day counts for the part of its working hours (08:00–17:00 Stockholm) left after
 * `sentAt`, every working day in between counts 1, and the deadline day counts for the part
 * of its working hours that has passed at `deadline`: linear between 08:00 and 17:00, 0 at
 * or before 08:00, 1 at or after 17:00. So a Friday 15:00 send is 2/9 of a day, a noon
 * deadline 4/9.
 *
 * A deadline known only as a date should be passed as the end of that day
 * (`atStockholmTime(date, '23:59')`), so the whole day counts; 00:00 counts none of it,
 * because nothing of that day has passed yet.
 *
 * Returns 0 when the deadline is not after `sentAt`.
 */
export function workingDaysBetween(sentAt: Date, deadline: Date): number {
  if (deadline.getTime() <= sentAt.getTime()) return 0;
  const sent = stockholmMoment(sentAt);
  const due = stockholmMoment(deadline);
  // Counting in whole milliseconds keeps the sum exact, so splitting an interval adds up.
  const workedMs =
    workingDaysFromTo(sent.date, due.date) * WORKDAY_LENGTH_MS -
    workedMsOfDay(sent) +
    workedMsOfDay(due);
  return Math.max(0, workedMs) / WORKDAY_LENGTH_MS;
}
