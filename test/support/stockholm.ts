const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The instant a Swedish calendar day (YYYY-MM-DD) begins: 00:00 in winter or summer time. */
export function stockholmMidnight(day: string): Date {
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${day}T00:00:00${offset}`);
    const parts = Object.fromEntries(PARTS.formatToParts(candidate).map((p) => [p.type, p.value]));
    if (`${parts.year}-${parts.month}-${parts.day} ${parts.hour}` === `${day} 00`) return candidate;
  }
  throw new RangeError(`no Swedish midnight for ${day}`);
}

/** The first day of the month after a YYYY-MM key, as YYYY-MM-DD. */
export function nextMonthStart(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, '0')}-01`;
}
