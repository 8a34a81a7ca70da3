import type { CsvValue } from '../common/csv';

/**
 * How a column is typed in a spreadsheet. CSV writes every value through `csvLine`; XLSX keeps
 * the type: numbers stay numbers, dates real dates.
 */
export type CellType = 'text' | 'integer' | 'decimal' | 'date' | 'boolean';

export interface Column<T> {
  header: string;
  type: CellType;
  /** Width in characters, for XLSX. */
  width: number;
  value: (row: T) => CsvValue;
}

const SWEDISH_DATE_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/**
 * The Swedish calendar day of an instant as a date at UTC midnight. A spreadsheet date has no
 * time zone and exceljs writes a Date by its UTC fields, so a send at 00:30 Swedish summer time
 * (22:30 UTC the day before) must become the Swedish day, as in the CSV.
 */
export function swedishCalendarDate(instant: Date): Date {
  const parts = Object.fromEntries(
    SWEDISH_DATE_PARTS.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  );
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
}

/**
 * Rows in batches read by keyset: each fetch continues after the last key of the previous
 * batch, so no batch depends on an offset and memory holds one batch at a time.
 */
export async function* keysetBatches<T, K>(
  fetchAfter: (after: K | null) => Promise<T[]>,
  keyOf: (row: T) => K,
  size: number,
): AsyncGenerator<T[]> {
  let after: K | null = null;
  for (;;) {
    const rows = await fetchAfter(after);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = keyOf(rows[rows.length - 1]);
  }
}

/** One batch: for a report that is small and already in memory. */
export async function* singleBatch<T>(rows: T[]): AsyncGenerator<T[]> {
  yield rows;
}
