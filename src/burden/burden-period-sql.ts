/**
 * The parameters every burden report shares, and the period they give:
 *   $1 from (YYYY-MM-DD or null), $2 to (YYYY-MM-DD or null): the period [from, to) in Swedish
 *      calendar days, null meaning unbounded;
 *   $3 agency id or null;
 *   $4 local authority code or null, $5 its kind ('municipality' | 'region'): only surveys that
 *      authority received, and only its share (hours ÷ recipients) of each.
 */

export interface BurdenSqlFilter {
  from: string | null;
  to: string | null;
  agencyId: string | null;
  authority: { code: string; kind: 'municipality' | 'region' } | null;
}

export function burdenParams(filter: BurdenSqlFilter): (string | null)[] {
  return [
    filter.from,
    filter.to,
    filter.agencyId,
    filter.authority?.code ?? null,
    filter.authority?.kind ?? null,
  ];
}

/** Swedish midnight of a YYYY-MM-DD parameter, or an infinite bound when it is null. */
export function stockholmDayStart(param: string, unbounded: 'infinity' | '-infinity'): string {
  return `coalesce((CAST(${param} AS date))::timestamp AT TIME ZONE 'Europe/Stockholm', '${unbounded}'::timestamptz)`;
}

export const FROM_AT = stockholmDayStart('$1', '-infinity');
export const TO_AT = stockholmDayStart('$2', 'infinity');

/** What the schedules need to know of one bound of the period, computed once per statement. */
function boundFacts(bound: string, name: 'from' | 'to'): string {
  const utc = `timezone('UTC', ${bound})`;
  return `${bound} AS ${name}_at, isfinite(${bound}) AS ${name}_finite,
         extract(epoch FROM ${bound}) AS ${name}_epoch, ${utc} AS ${name}_utc,
         CASE WHEN isfinite(${bound})
              THEN extract(year FROM ${utc}) * 12 + extract(month FROM ${utc}) END AS ${name}_month`;
}

/**
 * `period`: the bounds as instants (`from_at`, `to_at`) and what the schedules derive from them
 * (finite or not, epoch seconds, UTC time, UTC months since year 0), in one row, computed once
 * rather than for every survey that needs them.
 */
export const PERIOD_CTE = `period AS (
  SELECT ${boundFacts(FROM_AT, 'from')},
         ${boundFacts(TO_AT, 'to')}
)`;

/**
 * The bounds as one-time subqueries of `period`, for the conditions that find the surveys: a
 * prepared statement's generic plan then computes them once, not again for every row.
 */
export const PERIOD_FROM = '(SELECT from_at FROM period)';
export const PERIOD_TO = '(SELECT to_at FROM period)';

/** Whether an instant lies in the period, for a row joined with `period` as `b`; null: false. */
export function inPeriod(instant: string): string {
  return `coalesce(${instant} >= b.from_at AND ${instant} < b.to_at, false)`;
}
