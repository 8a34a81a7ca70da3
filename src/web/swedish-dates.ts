const TIME_ZONE = 'Europe/Stockholm';

const DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

const CLOCK = new Intl.DateTimeFormat('sv-SE', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const CALENDAR_DAY = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "6 april 2021": the Stockholm calendar day of an instant. */
export function swedishDate(instant: string | Date): string {
  return DATE.format(new Date(instant));
}

/** "28 september 2020 kl. 12.00"; the time is left out at midnight. */
export function swedishDateTime(instant: string | Date): string {
  const date = new Date(instant);
  const clock = CLOCK.formatToParts(date);
  const hour = clock.find((part) => part.type === 'hour')?.value ?? '00';
  const minute = clock.find((part) => part.type === 'minute')?.value ?? '00';
  if (hour === '00' && minute === '00') return swedishDate(date);
  // Språkrådet: a full stop between hours and minutes.
  return `${swedishDate(date)} kl. ${hour}.${minute}`;
}

/** "10 september 2020" for a calendar date (YYYY-MM-DD), which has no time zone. */
export function swedishCalendarDate(date: string): string {
  return CALENDAR_DAY.format(new Date(`${date.slice(0, 10)}T00:00:00Z`));
}

/** `<time datetime>` wants the machine-readable form. */
export function machineDate(instant: string | Date): string {
  return new Date(instant).toISOString();
}
