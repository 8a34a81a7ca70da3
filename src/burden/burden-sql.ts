/**
 * The burden reports as set-based SQL. `burden-rules.ts` is the source of truth for the
 * arithmetic; this file says the same thing to PostgreSQL, so that a report over thousands of
 * surveys is one statement instead of a loop in Node. The e2e test `burden-consistency`
 * compares the two on varied surveys.
 *
 * Every report shares the parameters:
 *   $1 from (YYYY-MM-DD or null), $2 to (YYYY-MM-DD or null): the period [from, to) in Swedish
 *      calendar days, null meaning unbounded;
 *   $3 agency id or null;
 *   $4 local authority code or null, $5 its kind ('municipality' | 'region'): only surveys that
 *      authority received, and only its share (hours ÷ recipients) of each.
 */

export type BurdenGrouping = 'agency' | 'month' | 'year' | 'local_authority';

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

/** Surveys that went out to the authority in $4: the groups it belongs to, or the list. */
const RECEIVED_BY_AUTHORITY = `(
       $4::varchar IS NULL
    OR s.recipient_scope = 'all_municipalities_and_regions'
    OR (s.recipient_scope = 'all_municipalities' AND $5::varchar = 'municipality')
    OR (s.recipient_scope = 'all_regions' AND $5::varchar = 'region')
    OR (s.recipient_scope = 'selected' AND s.recipient_codes @> ARRAY[$4::varchar]))`;

/**
 * The n-th step from an anchor, as `addSteps` in burden-rules: calendar months are counted in
 * UTC from the anchor (PostgreSQL clamps 31 Jan + 1 month to 28/29 Feb like `addMonthsUtc`), a
 * week is exactly 168 hours whatever daylight saving does.
 */
function stepFrom(anchor: string, steps: string): string {
  return `CASE c.recurrence
      WHEN 'once' THEN ${anchor}
      WHEN 'weekly' THEN ${anchor} + (${steps}) * interval '168 hours'
      ELSE (timezone('UTC', ${anchor}) + make_interval(months => (${steps}) *
        CASE c.recurrence WHEN 'monthly' THEN 1 WHEN 'quarterly' THEN 3 ELSE 12 END))
        AT TIME ZONE 'UTC'
    END`;
}

/**
 * What the reports need of a survey, read once per candidate. The weight is float8: an
 * authority's share (minutes ÷ recipients) has no exact decimal anyway, and whole minutes stay
 * exact in float8 far beyond any real total.
 */
const CANDIDATE_COLUMNS = `s.id, s.reference, s.title, s.status, s.agency_id, s.sent_at, s.recurrence, s.occurrences,
         s.recipient_scope, s.recipient_codes, s.recipient_count,
         coalesce(s.estimated_minutes_per_response, 0)::bigint AS minutes_each,
         coalesce(s.follow_up_interview_count::bigint * s.follow_up_interview_minutes, 0) AS interview_minutes,
         s.status IN ('sent', 'closed') AS answered,
         CASE WHEN $4::varchar IS NULL THEN 1::float8
              ELSE 1::float8 / nullif(s.recipient_count, 0) END AS weight`;

/** The columns of CANDIDATE_COLUMNS by name, to pass them on from one CTE to the next. */
const CANDIDATE_NAMES = `id, reference, title, status, agency_id, sent_at, recurrence, occurrences, recipient_scope,
         recipient_codes, recipient_count, minutes_each, interview_minutes, answered, weight`;

const CANDIDATE_FILTER = `($3::uuid IS NULL OR s.agency_id = $3::uuid)
    AND ${RECEIVED_BY_AUTHORITY}`;

/**
 * How far after its anchor (the send or the last round) a recurring survey's schedule can run:
 * one more than its occurrences times the longest step, so that calendar months and daylight
 * saving never make the bound too short. A recurring survey whose send and rounds all lie
 * further before the period has no occurrence in it and is not read.
 */
const REACH = `(s.occurrences + 1) * CASE s.recurrence
      WHEN 'weekly' THEN interval '7 days' WHEN 'monthly' THEN interval '31 days'
      WHEN 'quarterly' THEN interval '92 days' ELSE interval '366 days' END`;

/**
 * CTEs ending in `occurrences(survey_id, agency_id, weight, at, times, estimated_minutes,
 * realized_minutes)`: the dated occurrences inside the period of every survey that went out
 * (status sent, closed, or withdrawn after sending), and `counted`, the facts of those surveys.
 * `weight` is 1, or 1 ÷ recipients when one authority's share is asked for.
 *
 * Drafts and surveys withdrawn before sending have no dated occurrence and add nothing here;
 * a withdrawn survey's estimate is reported as avoided burden instead.
 *
 * The schedule follows `burden-rules.ts`: recorded rounds first (the earliest carries the
 * follow-up interviews), then the planned occurrences not yet recorded, one step apart after the
 * last round or from `sent_at`. Realized minutes count only for sent and closed surveys: recorded
 * responses where rounds exist, otherwise every recipient for a once-survey and for the first send
 * of a recurring one.
 *
 * Most surveys are sent once and have no rounds: all their occurrences lie at the send, so
 * `sent_in_period` marks them `at_send` and they become one row standing for all their `times`,
 * with no schedule to build. The rest, the `candidates`, are found through indexes in disjoint
 * branches: sent inside the period (ix_surveys_sent_at); recurring surveys sent before it whose
 * schedule can reach into it (ix_surveys_recurring_sent_at, their rounds through
 * ix_survey_rounds_survey_sent_at); the odd recurring survey whose rounds were dated before its
 * send; once-surveys sent outside the period with a round inside it (ix_survey_rounds_sent_at,
 * then each by its key: OFFSET 0 keeps PostgreSQL from turning the few lookups into a scan of
 * all surveys).
 */
export const OCCURRENCES_CTE = `
sent_in_period AS MATERIALIZED (
  SELECT ${CANDIDATE_COLUMNS},
         s.recurrence = 'once'
           AND NOT EXISTS (SELECT 1 FROM survey_rounds r WHERE r.survey_id = s.id) AS at_send
  FROM surveys s
  WHERE s.status IN ('sent', 'closed', 'withdrawn')
    AND s.sent_at >= ${FROM_AT} AND s.sent_at < ${TO_AT}
    AND ${CANDIDATE_FILTER}
),
candidates AS MATERIALIZED (
  SELECT ${CANDIDATE_NAMES} FROM sent_in_period WHERE NOT at_send
  UNION ALL
  SELECT ${CANDIDATE_COLUMNS} FROM surveys s
  WHERE s.recurrence <> 'once' AND s.status IN ('sent', 'closed', 'withdrawn')
    AND s.sent_at < ${FROM_AT}
    AND (s.sent_at >= ${FROM_AT} - ${REACH}
         OR EXISTS (SELECT 1 FROM survey_rounds r
                    WHERE r.survey_id = s.id AND r.sent_at >= ${FROM_AT} - ${REACH}))
    AND ${CANDIDATE_FILTER}
  UNION ALL
  SELECT ${CANDIDATE_COLUMNS} FROM surveys s
  WHERE s.recurrence <> 'once' AND s.status IN ('sent', 'closed', 'withdrawn')
    AND (s.sent_at >= ${TO_AT} OR s.sent_at IS NULL)
    AND EXISTS (SELECT 1 FROM survey_rounds r
                WHERE r.survey_id = s.id AND r.sent_at < ${TO_AT}
                  AND r.sent_at >= ${FROM_AT} - ${REACH})
    AND ${CANDIDATE_FILTER}
  UNION ALL
  SELECT ${CANDIDATE_COLUMNS}
  FROM (SELECT DISTINCT r.survey_id FROM survey_rounds r
        WHERE r.sent_at >= ${FROM_AT} AND r.sent_at < ${TO_AT}) w
  CROSS JOIN LATERAL (SELECT * FROM surveys WHERE id = w.survey_id OFFSET 0) s
  WHERE s.recurrence = 'once' AND s.status IN ('sent', 'closed', 'withdrawn')
    AND NOT coalesce(s.sent_at >= ${FROM_AT} AND s.sent_at < ${TO_AT}, false)
    AND ${CANDIDATE_FILTER}
),
counted AS (
  SELECT ${CANDIDATE_NAMES} FROM sent_in_period WHERE at_send
  UNION ALL
  SELECT ${CANDIDATE_NAMES} FROM candidates
),
round_facts AS MATERIALIZED (
  SELECT r.survey_id, r.sent_at, r.responses::bigint AS responses,
         (row_number() OVER (PARTITION BY r.survey_id ORDER BY r.sent_at, r.id) - 1)::int AS idx,
         count(*) OVER (PARTITION BY r.survey_id)::int AS round_count,
         max(r.sent_at) OVER (PARTITION BY r.survey_id) AS last_round_at
  FROM survey_rounds r
  WHERE r.survey_id IN (SELECT id FROM candidates)
),
schedule AS (
  SELECT rf.survey_id, rf.sent_at AS at, rf.idx, rf.responses AS answered_by
  FROM round_facts rf
  UNION ALL
  SELECT c.id,
         ${stepFrom('coalesce(rs.last_round_at, c.sent_at)', 'k.k + (rs.round_count IS NOT NULL)::int')},
         coalesce(rs.round_count, 0) + k.k,
         CASE WHEN rs.round_count IS NOT NULL THEN 0
              WHEN c.recurrence = 'once' OR k.k = 0 THEN c.recipient_count
              ELSE 0 END
  FROM candidates c
  LEFT JOIN (SELECT DISTINCT survey_id, round_count, last_round_at FROM round_facts) rs
    ON rs.survey_id = c.id
  CROSS JOIN LATERAL generate_series(0, c.occurrences - coalesce(rs.round_count, 0) - 1) AS k(k)
),
occurrences AS (
  SELECT c.id AS survey_id, c.agency_id, c.weight, sc.at, 1 AS times,
         c.recipient_count * c.minutes_each
           + CASE WHEN sc.idx = 0 THEN c.interview_minutes ELSE 0 END AS estimated_minutes,
         CASE WHEN c.answered
              THEN sc.answered_by * c.minutes_each
                   + CASE WHEN sc.idx = 0 THEN c.interview_minutes ELSE 0 END
              ELSE 0 END AS realized_minutes
  FROM schedule sc
  JOIN candidates c ON c.id = sc.survey_id
  WHERE sc.at >= ${FROM_AT} AND sc.at < ${TO_AT}
  UNION ALL
  SELECT p.id, p.agency_id, p.weight, p.sent_at, p.occurrences,
         p.occurrences * p.recipient_count * p.minutes_each + p.interview_minutes,
         CASE WHEN p.answered
              THEN p.occurrences * p.recipient_count * p.minutes_each + p.interview_minutes
              ELSE 0 END
  FROM sent_in_period p
  WHERE p.at_send
)`;

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
 * authorities, so a survey to all 290 municipalities costs one row, not 290. The totals are the surveys' whole hours (or the one authority's share).
 */
const BY_LOCAL_AUTHORITY = `WITH ${OCCURRENCES_CTE},
per_survey AS (
  SELECT o.survey_id, sum(o.estimated_minutes) AS estimated_minutes,
         sum(o.realized_minutes) AS realized_minutes
  FROM occurrences o GROUP BY o.survey_id
),
shares AS (
  SELECT c.recipient_scope, c.recipient_codes,
         p.estimated_minutes::float8 / c.recipient_count AS estimated_minutes,
         p.realized_minutes::float8 / c.recipient_count AS realized_minutes
  FROM per_survey p JOIN counted c ON c.id = p.survey_id
  WHERE c.recipient_count > 0
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
       coalesce(sum(p.estimated_minutes * c.weight), 0), coalesce(sum(p.realized_minutes * c.weight), 0)
FROM per_survey p JOIN counted c ON c.id = p.survey_id
ORDER BY 1, 3, 2`;

export const BURDEN_REPORT_SQL: Record<BurdenGrouping, string> = {
  agency: groupedByKey('o.agency_id::text', 'a.name', 'LEFT JOIN agencies a ON a.id::text = g.key'),
  month: groupedByKey(PERIOD_KEY.month, 'g.key', ''),
  year: groupedByKey(PERIOD_KEY.year, 'g.key', ''),
  local_authority: BY_LOCAL_AUTHORITY,
};

/**
 * One authority's ledger: each survey it received with an occurrence in the period, its share
 * of the hours, and the totals over all of them (window sums over the grouped rows). The send
 * time comes as ISO 8601 text, as the API writes it: a ledger has a thousand rows or more, and
 * parsing each into a Date only to print it again is most of the cost of reading them.
 */
export const LEDGER_SQL = `WITH ${OCCURRENCES_CTE},
per_survey AS (
  SELECT o.survey_id, sum(o.times)::int AS occurrences, min(o.at) AS first_at,
         sum(o.estimated_minutes) AS estimated_minutes, sum(o.realized_minutes) AS realized_minutes
  FROM occurrences o GROUP BY o.survey_id
)
SELECT c.id, c.reference, c.title, c.status,
       to_char(c.sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS sent_at,
       c.recipient_scope, c.recipient_count, a.id AS agency_id, a.name AS agency_name, p.occurrences,
       p.estimated_minutes * c.weight AS estimated_minutes,
       p.realized_minutes * c.weight AS realized_minutes,
       sum(p.occurrences) OVER () AS total_occurrences,
       sum(p.estimated_minutes * c.weight) OVER () AS total_estimated_minutes,
       sum(p.realized_minutes * c.weight) OVER () AS total_realized_minutes
FROM per_survey p
JOIN counted c ON c.id = p.survey_id
JOIN agencies a ON a.id = c.agency_id
ORDER BY p.first_at, c.reference`;

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
