import { FROM_AT, TO_AT } from './burden-period-sql';
import { OCCURRENCES_CTE, SURVEY_BURDEN_CTE } from './burden-schedule-sql';

/**
 * The burden reports as set-based SQL over the schedules of burden-schedule-sql.ts, so that a
 * report over thousands of surveys is one statement instead of a loop in Node. All take the
 * parameters of burden-period-sql.ts.
 */

export type BurdenGrouping = 'agency' | 'month' | 'year' | 'local_authority';

export {
  type BurdenSqlFilter,
  burdenParams,
  FROM_AT,
  stockholmDayStart,
  TO_AT,
} from './burden-period-sql';
export { OCCURRENCES_CTE } from './burden-schedule-sql';

/** Swedish calendar month or year of an occurrence, as the group key. */
const PERIOD_KEY: Record<'month' | 'year', string> = {
  month: `to_char(o.at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM')`,
  year: `to_char(o.at AT TIME ZONE 'Europe/Stockholm', 'YYYY')`,
};

/**
 * Rows and, with `is_total`, the totals row: minutes (weighted when one authority's share is
 * asked for), and the number of distinct surveys with an occurrence in the group.
 */
function groupedByKey(key: string, label: string, join: string): string {
  return `WITH ${OCCURRENCES_CTE},
keyed AS (
  SELECT o.survey_id, ${key} AS key,
         o.estimated_minutes * o.weight AS estimated_minutes,
         o.realized_minutes * o.weight AS realized_minutes
  FROM occurrences o
),
grouped AS (
  SELECT GROUPING(key) = 1 AS is_total, key,
         count(DISTINCT survey_id)::int AS surveys,
         coalesce(sum(estimated_minutes), 0) AS estimated_minutes,
         coalesce(sum(realized_minutes), 0) AS realized_minutes
  FROM keyed
  GROUP BY GROUPING SETS ((key), ())
)
SELECT g.is_total, g.key, ${label} AS label, g.surveys, g.estimated_minutes, g.realized_minutes
FROM grouped g ${join}
ORDER BY g.is_total, ${label}, g.key`;
}

/**
 * Per municipality or region: each recipient carries an equal share of a survey. The shares are
 * summed per recipient group first (all municipalities, all regions, both) and per recipient
 * list (surveys to one county's municipalities share theirs), then spread over the 311
 * authorities, so a survey to all 290 municipalities costs one row, not 290. The totals are the
 * surveys' whole hours (or the one authority's share).
 */
const BY_LOCAL_AUTHORITY = `WITH ${SURVEY_BURDEN_CTE},
shares AS (
  SELECT b.recipient_scope, b.recipient_codes,
         b.estimated_minutes::float8 / b.recipient_count AS estimated_minutes,
         b.realized_minutes::float8 / b.recipient_count AS realized_minutes
  FROM survey_burden b
  WHERE b.recipient_count > 0
),
by_scope AS (
  SELECT recipient_scope, count(*)::int AS surveys,
         sum(estimated_minutes) AS estimated_minutes, sum(realized_minutes) AS realized_minutes
  FROM shares WHERE recipient_scope <> 'selected' GROUP BY recipient_scope
),
by_list AS (
  SELECT recipient_codes, count(*)::int AS surveys,
         sum(estimated_minutes) AS estimated_minutes, sum(realized_minutes) AS realized_minutes
  FROM shares WHERE recipient_scope = 'selected' GROUP BY recipient_codes
),
by_code AS (
  SELECT code, sum(surveys)::int AS surveys,
         sum(estimated_minutes) AS estimated_minutes, sum(realized_minutes) AS realized_minutes
  FROM by_list CROSS JOIN LATERAL unnest(recipient_codes) AS code
  GROUP BY code
),
per_authority AS (
  SELECT la.code AS key, la.kind,
         coalesce(max(bc.surveys), 0) + coalesce(sum(bs.surveys), 0) AS surveys,
         coalesce(max(bc.estimated_minutes), 0) + coalesce(sum(bs.estimated_minutes), 0) AS estimated_minutes,
         coalesce(max(bc.realized_minutes), 0) + coalesce(sum(bs.realized_minutes), 0) AS realized_minutes
  FROM local_authorities la
  LEFT JOIN by_code bc ON bc.code = la.code
  LEFT JOIN by_scope bs
    ON bs.recipient_scope = 'all_municipalities_and_regions'
    OR (bs.recipient_scope = 'all_municipalities' AND la.kind = 'municipality')
    OR (bs.recipient_scope = 'all_regions' AND la.kind = 'region')
  WHERE $4::varchar IS NULL OR la.code = $4::varchar
  GROUP BY la.code, la.kind
)
SELECT false AS is_total, key, kind, surveys::int AS surveys, estimated_minutes, realized_minutes
FROM per_authority WHERE surveys > 0
UNION ALL
SELECT true, NULL, NULL, count(*)::int,
       coalesce(sum(b.estimated_minutes * b.weight), 0), coalesce(sum(b.realized_minutes * b.weight), 0)
FROM survey_burden b
ORDER BY 1, 3, 2`;

export const BURDEN_REPORT_SQL: Record<BurdenGrouping, string> = {
  agency: groupedByKey('o.agency_id::text', 'a.name', 'LEFT JOIN agencies a ON a.id::text = g.key'),
  month: groupedByKey(PERIOD_KEY.month, 'g.key', ''),
  year: groupedByKey(PERIOD_KEY.year, 'g.key', ''),
  local_authority: BY_LOCAL_AUTHORITY,
};

/**
 * One authority's ledger: each survey it received with an occurrence in the period and its share
 * of the hours, by first occurrence (the totals are the sums of these rows, see ledger-totals.ts).
 * The send time comes as ISO 8601 text, as the API writes it: a ledger has a thousand rows or
 * more, and parsing each into a Date only to print it again is most of the cost of reading them.
 */
export const LEDGER_SQL = `WITH ${SURVEY_BURDEN_CTE}
SELECT b.id, b.reference, b.title, b.status,
       to_char(b.sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS sent_at,
       b.recipient_scope, b.recipient_count, a.id AS agency_id, a.name AS agency_name,
       b.times AS occurrences,
       b.estimated_minutes * b.weight AS estimated_minutes,
       b.realized_minutes * b.weight AS realized_minutes
FROM survey_burden b
JOIN agencies a ON a.id = b.agency_id
ORDER BY b.first_at, b.reference`;

/**
 * Withdrawn surveys in the period (by withdrawal day) with the estimate of what they would have
 * cost (`estimatedHours` of burden-rules: recipients × max(occurrences, rounds) × minutes +
 * interviews), the latest completed consultation before the withdrawal, and totals.
 * Only $1 and $2 are used.
 */
export const AVOIDED_SQL = `WITH withdrawn AS (
  SELECT s.id, s.reference, s.title, s.agency_id, s.withdrawn_at, s.withdrawn_reason,
         s.replaced_by_existing_data, s.recipient_scope, s.recipient_count,
         s.recipient_count::bigint
           * greatest(s.occurrences, (SELECT count(*) FROM survey_rounds r WHERE r.survey_id = s.id))
           * coalesce(s.estimated_minutes_per_response, 0)
           + coalesce(s.follow_up_interview_count::bigint * s.follow_up_interview_minutes, 0)
           AS estimated_minutes
  FROM surveys s
  WHERE s.status = 'withdrawn' AND s.withdrawn_at >= ${FROM_AT} AND s.withdrawn_at < ${TO_AT}
)
SELECT w.*, a.name AS agency_name, k.outcome AS consultation_outcome,
       k.completed_at AS consultation_completed_at,
       count(*) OVER () AS total_surveys,
       sum(w.estimated_minutes) OVER () AS total_estimated_minutes,
       count(*) FILTER (WHERE k.outcome IS NOT NULL) OVER () AS after_consultation_surveys,
       coalesce(sum(w.estimated_minutes) FILTER (WHERE k.outcome IS NOT NULL) OVER (), 0)
         AS after_consultation_minutes,
       count(*) FILTER (WHERE w.replaced_by_existing_data) OVER () AS replaced_surveys,
       coalesce(sum(w.estimated_minutes) FILTER (WHERE w.replaced_by_existing_data) OVER (), 0)
         AS replaced_minutes
FROM withdrawn w
JOIN agencies a ON a.id = w.agency_id
LEFT JOIN LATERAL (
  SELECT c.outcome, c.completed_at FROM consultations c
  WHERE c.survey_id = w.id AND c.completed_at IS NOT NULL AND c.completed_at <= w.withdrawn_at
  ORDER BY c.completed_at DESC, c.requested_at DESC, c.id DESC
  LIMIT 1
) k ON true
ORDER BY w.withdrawn_at DESC, w.reference`;
