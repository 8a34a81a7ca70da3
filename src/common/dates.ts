/** ISO 8601 with offset, as the contract wants for every time. */
export function isoOrNull(value: Date | null | undefined): string | null {
  return value ? value.toISOString() : null;
}

/** A PostgreSQL `date` column arrives as YYYY-MM-DD text; keep it that way. */
export function dateOnlyOrNull(value: string | Date | null | undefined): string | null {
  if (!value) return null;
  if (typeof value === 'string') return value.slice(0, 10);
  return value.toISOString().slice(0, 10);
}
