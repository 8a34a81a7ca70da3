import { ValidationFailedError } from '../common/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REFERENCE = /^ENK-\d{4}-\d{4,6}$/i;

export type SurveyKey = { id: string } | { reference: string };

/** A survey is addressed by its uuid or by its reference (ENK-2021-0042). */
export function parseSurveyKey(raw: string): SurveyKey {
  if (UUID.test(raw)) return { id: raw.toLowerCase() };
  if (REFERENCE.test(raw)) return { reference: raw.toUpperCase() };
  throw new ValidationFailedError(`"${raw.slice(0, 60)}" is neither a survey id nor a reference`, [
    { field: 'id', problem: 'must be a UUID or a reference such as ENK-2021-0042' },
  ]);
}

export function formatReference(year: number, number: number): string {
  return `ENK-${year}-${String(number).padStart(4, '0')}`;
}
