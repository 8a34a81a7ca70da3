import { CANDIDATE_CTES } from './burden-candidates-sql';
import { inPeriod, PERIOD_CTE, PERIOD_FROM, PERIOD_TO } from './burden-period-sql';

/**
 * The schedule of every survey with an occurrence in the period, as set-based SQL over the
 * parameters of burden-period-sql.ts. `burden-rules.ts` is the source of truth for the
 * arithmetic; this says the same thing to PostgreSQL, and the e2e test `burden-consistency`
 * compares the two on varied surveys.
 *
 * A survey's occurrences are its recorded rounds (the earliest carries the follow-up
 * interviews) and then its planned occurrences not yet recorded, one step apart after the last
 * round or from `sent_at`: steps `first_step` … `last_step` from the `anchor`. Steps only grow
 * later, so the steps inside the period are a range, [step_in, step_out), found in closed form
 * rather than by listing a weekly collection's every week.
 */

/** A round in the period (rounds joined with `period` as `b`). */
const ROUND_IN_PERIOD = inPeriod('r.sent_at');

/** The rounds of each candidate that has any, summed up in one pass. */
const ROUND_SUMMARY = `round_summary AS (
  SELECT r.survey_id, count(*)::int AS round_count, min(r.sent_at) AS first_round_at,
         max(r.sent_at) AS last_round_at,
         count(*) FILTER (WHERE ${ROUND_IN_PERIOD})::int AS rounds_in,
         sum(r.responses) FILTER (WHERE ${ROUND_IN_PERIOD}) AS responses_in,
         min(r.sent_at) FILTER (WHERE ${ROUND_IN_PERIOD}) AS first_round_in
  FROM survey_rounds r
  CROSS JOIN period b
  WHERE r.survey_id IN (SELECT id FROM candidates)
  GROUP BY r.survey_id
)`;

/**
 * Each candidate with its rounds and its planned steps: after a recorded round the next planned
 * occurrence is one step later, from `sent_at` it is the send itself; a collection that ran more
 * rounds than planned has none left. `first_in`: whether the first occurrence, which carries the
 * interviews, is in the period.
 *
 * Each layer from here on ends in OFFSET 0: PostgreSQL would otherwise pull it up into the next
 * and copy every expression into each place that uses its column, computing it again there.
 */
const ROUNDED = `rounded AS (
  SELECT c.*, coalesce(r.round_count, 0) AS round_count, coalesce(r.rounds_in, 0) AS rounds_in,
         coalesce(r.responses_in, 0) AS responses_in, r.first_round_in,
         coalesce(r.last_round_at, c.sent_at) AS anchor,
         CASE WHEN r.round_count > 0 THEN 1 ELSE 0 END AS first_step,
         c.occurrences - greatest(r.round_count, 1) AS last_step,
         CASE WHEN r.round_count > 0 THEN ${inPeriod('r.first_round_at')}
              ELSE ${inPeriod('c.sent_at')} END AS first_in,
         CASE c.recurrence WHEN 'monthly' THEN 1 WHEN 'quarterly' THEN 3 WHEN 'yearly' THEN 12 END
           AS months_per_step
  FROM candidates c
  CROSS JOIN period b
  LEFT JOIN round_summary r ON r.survey_id = c.id
  OFFSET 0
)`;

/**
 * The instant of step `step` from the anchor, as `addSteps` in burden-rules: calendar months are
 * counted in UTC from the anchor (PostgreSQL clamps 31 Jan + 1 month to 28/29 Feb like
 * `addMonthsUtc`), a week is exactly 168 hours whatever daylight saving does.
 */
function stepAt(step: string): string {
  return `CASE p.recurrence
      WHEN 'once' THEN p.anchor
      WHEN 'weekly' THEN p.anchor + (${step}) * interval '168 hours'
      ELSE (timezone('UTC', p.anchor) + make_interval(months => (${step}) * p.months_per_step))
        AT TIME ZONE 'UTC'
    END`;
}

/**
 * The first step (of any sign, unclamped) whose occurrence is at or after the bound, for a row
 * joined with `period` as `b`. A once-survey has all its steps at the anchor, and an infinite
 * bound lies before or after all of them. A week is a fixed length. A calendar step: the one in
 * the bound's month (in UTC) if that occurrence is not before the bound, else the next.
 */
function firstStepFrom(bound: 'from' | 'to'): string {
  const monthStep = `floor((b.${bound}_month - extract(year FROM timezone('UTC', p.anchor)) * 12
          - extract(month FROM timezone('UTC', p.anchor))) / p.months_per_step)::int`;
  return `CASE
      WHEN p.recurrence = 'once' OR NOT b.${bound}_finite
        THEN CASE WHEN p.anchor < b.${bound}_at THEN p.last_step + 1 ELSE p.first_step END
      WHEN p.recurrence = 'weekly'
        THEN ceil((b.${bound}_epoch - extract(epoch FROM p.anchor)) / 604800)::int
      ELSE ${monthStep} + (timezone('UTC', p.anchor)
        + make_interval(months => ${monthStep} * p.months_per_step) < b.${bound}_utc)::int
    END`;
}

/** The planned steps inside the period: [step_in, step_out). */
const SPANS = `spans AS (
  SELECT p.*, greatest(p.first_step, ${firstStepFrom('from')}) AS step_in,
         least(p.last_step + 1, ${firstStepFrom('to')}) AS step_out
  FROM rounded p
  CROSS JOIN period b
  OFFSET 0
)`;

/** All occurrences of a survey `at_send`, with the interviews of the first. */
const AT_SEND_MINUTES = 'p.minutes_each * p.recipient_count * p.occurrences + p.interview_minutes';

/** How many planned occurrences of a row of `spans` lie in the period. */
const PLANNED_IN = 'greatest(p.step_out - p.step_in, 0)';

/**
 * CTEs ending in `sent_in_period` (the surveys `at_send`) and `spans` (every other candidate with
 * its rounds and planned steps in the period).
 */
const SCHEDULE_CTES = [PERIOD_CTE, CANDIDATE_CTES, ROUND_SUMMARY, ROUNDED, SPANS].join(',\n');

/**
 * CTEs ending in `survey_burden(id, reference, title, agency_id, status, sent_at, recipient_scope,
 * recipient_codes, recipient_count, weight, times, first_at, estimated_minutes,
 * realized_minutes)`: each survey with an occurrence in the period, how many (`times`), the
 * first, and its minutes there (whole, not weighted). Realized minutes count only for sent and
 * closed surveys: recorded responses where rounds exist, otherwise every recipient for a
 * once-survey and for the first send of a recurring one.
 */
export const SURVEY_BURDEN_CTE = `${SCHEDULE_CTES},
survey_burden AS (
  SELECT p.id, p.reference, p.title, p.agency_id, p.status, p.sent_at, p.recipient_scope,
         p.recipient_codes, p.recipient_count, p.weight, p.occurrences AS times, p.sent_at AS first_at,
         ${AT_SEND_MINUTES} AS estimated_minutes,
         CASE WHEN p.answered THEN ${AT_SEND_MINUTES} ELSE 0 END AS realized_minutes
  FROM sent_in_period p
  WHERE p.at_send
  UNION ALL
  SELECT p.id, p.reference, p.title, p.agency_id, p.status, p.sent_at, p.recipient_scope,
         p.recipient_codes, p.recipient_count, p.weight, p.rounds_in + ${PLANNED_IN},
         least(p.first_round_in, CASE WHEN ${PLANNED_IN} > 0 THEN ${stepAt('p.step_in')} END),
         p.minutes_each * p.recipient_count * (p.rounds_in + ${PLANNED_IN})
           + CASE WHEN p.first_in THEN p.interview_minutes ELSE 0 END,
         CASE WHEN NOT p.answered THEN 0
              ELSE CASE WHEN p.round_count > 0 THEN p.minutes_each * p.responses_in
                        WHEN p.recurrence = 'once' THEN p.minutes_each * p.recipient_count * ${PLANNED_IN}
                        WHEN p.first_in THEN p.minutes_each * p.recipient_count
                        ELSE 0 END
                   + CASE WHEN p.first_in THEN p.interview_minutes ELSE 0 END
         END
  FROM spans p
  WHERE p.rounds_in + ${PLANNED_IN} > 0
  OFFSET 0
)`;

/**
 * CTEs ending in `occurrences(survey_id, agency_id, weight, at, times, estimated_minutes,
 * realized_minutes)`: the dated occurrences inside the period, for reports by month, year or
 * agency. A once-survey's planned occurrences all lie at its anchor and make one row standing for
 * all of them (`times`); a recurring survey has a row per step inside the period.
 */
export const OCCURRENCES_CTE = `${SCHEDULE_CTES},
occurrences AS (
  SELECT p.id AS survey_id, p.agency_id, p.weight, p.sent_at AS at, p.occurrences AS times,
         ${AT_SEND_MINUTES} AS estimated_minutes,
         CASE WHEN p.answered THEN ${AT_SEND_MINUTES} ELSE 0 END AS realized_minutes
  FROM sent_in_period p
  WHERE p.at_send
  UNION ALL
  SELECT p.id, p.agency_id, p.weight, r.sent_at, 1,
         p.minutes_each * p.recipient_count + r.interview_minutes,
         CASE WHEN p.answered THEN p.minutes_each * r.responses + r.interview_minutes ELSE 0 END
  FROM spans p
  CROSS JOIN LATERAL (
    SELECT r.sent_at, r.responses,
           CASE WHEN p.first_in AND row_number() OVER (ORDER BY r.sent_at, r.id) = 1
                THEN p.interview_minutes ELSE 0 END AS interview_minutes
    FROM survey_rounds r
    WHERE r.survey_id = p.id AND r.sent_at >= ${PERIOD_FROM} AND r.sent_at < ${PERIOD_TO}
  ) r
  WHERE p.rounds_in > 0
  UNION ALL
  SELECT p.id, p.agency_id, p.weight, p.anchor, ${PLANNED_IN},
         p.minutes_each * p.recipient_count * ${PLANNED_IN}
           + CASE WHEN p.round_count = 0 AND p.first_in THEN p.interview_minutes ELSE 0 END,
         CASE WHEN p.answered AND p.round_count = 0
              THEN p.minutes_each * p.recipient_count * ${PLANNED_IN}
                   + CASE WHEN p.first_in THEN p.interview_minutes ELSE 0 END
              ELSE 0 END
  FROM spans p
  WHERE p.recurrence = 'once' AND ${PLANNED_IN} > 0
  UNION ALL
  SELECT p.id, p.agency_id, p.weight, ${stepAt('k.step')}, 1,
         p.minutes_each * p.recipient_count + CASE WHEN k.step = 0 THEN p.interview_minutes ELSE 0 END,
         CASE WHEN p.answered AND k.step = 0
              THEN p.minutes_each * p.recipient_count + p.interview_minutes ELSE 0 END
  FROM spans p
  CROSS JOIN LATERAL generate_series(p.step_in, p.step_out - 1) AS k(step)
  WHERE p.recurrence <> 'once' AND ${PLANNED_IN} > 0
)`;
