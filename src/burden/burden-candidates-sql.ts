import { PERIOD_FROM, PERIOD_TO } from './burden-period-sql';

/**
 * The surveys a burden report has to look at: those that went out (sent, closed, or withdrawn
 * after sending) and may have an occurrence in the period of burden-period-sql.ts, with what the
 * reports need of each. Needs the `period` CTE before it.
 */

/** Surveys that went out to the authority in $4: the groups it belongs to, or the list. */
const RECEIVED_BY_AUTHORITY = `(
       $4::varchar IS NULL
    OR s.recipient_scope = 'all_municipalities_and_regions'
    OR (s.recipient_scope = 'all_municipalities' AND $5::varchar = 'municipality')
    OR (s.recipient_scope = 'all_regions' AND $5::varchar = 'region')
    OR (s.recipient_scope = 'selected' AND s.recipient_codes @> ARRAY[$4::varchar]))`;

const CANDIDATE_FILTER = `($3::uuid IS NULL OR s.agency_id = $3::uuid)
    AND ${RECEIVED_BY_AUTHORITY}`;

/**
 * What the reports need of a survey, read once per candidate. The weight is float8: an
 * authority's share (minutes ÷ recipients) has no exact decimal anyway, and whole minutes stay
 * exact in float8 far beyond any real total.
 */
const CANDIDATE_COLUMNS = `s.id, s.reference, s.title, s.agency_id, s.status, s.sent_at,
         s.recurrence, s.occurrences, s.recipient_scope, s.recipient_codes, s.recipient_count,
         coalesce(s.estimated_minutes_per_response, 0)::bigint AS minutes_each,
         coalesce(s.follow_up_interview_count::bigint * s.follow_up_interview_minutes, 0) AS interview_minutes,
         s.status IN ('sent', 'closed') AS answered,
         CASE WHEN $4::varchar IS NULL THEN 1::float8
              ELSE 1::float8 / nullif(s.recipient_count, 0) END AS weight`;

const WENT_OUT = `s.status IN ('sent', 'closed', 'withdrawn')`;

/**
 * How far after its anchor (the send or the last round) a recurring survey's schedule can run:
 * one more than its occurrences times the longest step, so that calendar months and daylight
 * saving never make the bound too short. A recurring survey whose send and rounds all lie
 * further before the period has no occurrence in it and is not read.
 */
const REACH = `(s.occurrences + 1) * CASE s.recurrence
      WHEN 'weekly' THEN interval '7 days' WHEN 'monthly' THEN interval '31 days'
      WHEN 'quarterly' THEN interval '92 days' ELSE interval '366 days' END`;

/** The columns of CANDIDATE_COLUMNS by name, to pass them on from one CTE to the next. */
const CANDIDATE_NAMES = `id, reference, title, agency_id, status, sent_at, recurrence, occurrences,
         recipient_scope, recipient_codes, recipient_count, minutes_each, interview_minutes,
         answered, weight`;

/**
 * Surveys that went out inside the period. Most are sent once and have no rounds: all their
 * occurrences lie at the send, so `at_send` marks them and they skip the schedule
 * (burden-schedule-sql.ts).
 */
const SENT_IN_PERIOD = `sent_in_period AS MATERIALIZED (
  SELECT ${CANDIDATE_COLUMNS},
         s.recurrence = 'once'
           AND NOT EXISTS (SELECT 1 FROM survey_rounds r WHERE r.survey_id = s.id) AS at_send
  FROM surveys s
  WHERE ${WENT_OUT} AND s.sent_at >= ${PERIOD_FROM} AND s.sent_at < ${PERIOD_TO}
    AND ${CANDIDATE_FILTER}
)`;

/**
 * The surveys whose schedule has to be worked out, in disjoint branches found through indexes:
 * those sent inside the period but not `at_send`; recurring surveys sent before it whose schedule
 * can reach into it (their rounds through ix_survey_rounds_survey_sent_at); the odd recurring
 * survey whose rounds were dated before its send; once-surveys sent outside the period with a
 * round inside it (ix_survey_rounds_sent_at, then each by its key: OFFSET 0 keeps PostgreSQL from
 * turning the few lookups into a scan of all surveys).
 */
const CANDIDATES = `candidates AS MATERIALIZED (
  SELECT ${CANDIDATE_NAMES} FROM sent_in_period WHERE NOT at_send
  UNION ALL
  SELECT ${CANDIDATE_COLUMNS} FROM surveys s
  WHERE s.recurrence <> 'once' AND ${WENT_OUT}
    AND s.sent_at < ${PERIOD_FROM}
    AND (s.sent_at >= ${PERIOD_FROM} - ${REACH}
         OR EXISTS (SELECT 1 FROM survey_rounds r
                    WHERE r.survey_id = s.id AND r.sent_at >= ${PERIOD_FROM} - ${REACH}))
    AND ${CANDIDATE_FILTER}
  UNION ALL
  SELECT ${CANDIDATE_COLUMNS} FROM surveys s
  WHERE s.recurrence <> 'once' AND ${WENT_OUT}
    AND (s.sent_at >= ${PERIOD_TO} OR s.sent_at IS NULL)
    AND EXISTS (SELECT 1 FROM survey_rounds r
                WHERE r.survey_id = s.id AND r.sent_at < ${PERIOD_TO}
                  AND r.sent_at >= ${PERIOD_FROM} - ${REACH})
    AND ${CANDIDATE_FILTER}
  UNION ALL
  SELECT ${CANDIDATE_COLUMNS}
  FROM (SELECT DISTINCT r.survey_id FROM survey_rounds r
        WHERE r.sent_at >= ${PERIOD_FROM} AND r.sent_at < ${PERIOD_TO}) w
  CROSS JOIN LATERAL (SELECT * FROM surveys WHERE id = w.survey_id OFFSET 0) s
  WHERE s.recurrence = 'once' AND ${WENT_OUT}
    AND NOT coalesce(s.sent_at >= ${PERIOD_FROM} AND s.sent_at < ${PERIOD_TO}, false)
    AND ${CANDIDATE_FILTER}
)`;

/** CTEs `sent_in_period` and `candidates`. */
export const CANDIDATE_CTES = `${SENT_IN_PERIOD},\n${CANDIDATES}`;
