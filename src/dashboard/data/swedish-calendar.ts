const YEAR_FORMAT = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
});

/** The Swedish calendar year of a moment. */
export function swedishYear(at: Date): number {
  return Number(YEAR_FORMAT.format(at));
}

/** A year as the reports' period [from, to) in Swedish calendar days. */
export function yearPeriod(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year + 1}-01-01` };
}

/** The key the burden report gives a month: "2020-04". */
export function monthKey(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}
