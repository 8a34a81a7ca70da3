import { FROM_AT, TO_AT } from '../burden/burden-sql';

/**
 * SKR's consultation statistics per agency and year of sending (Swedish time), for surveys
 * sent in [$1, $2). The facts are judged as the flags judge them (flag-rules.ts):
 * - consulted before sending: a consultation completed on or before the Swedish send day;
 * - sent despite advice: the latest advice given by the send day (else the latest at all) was
 *   `advised_against`;
 * - declined by a network: some network's latest review, held on or before the send day,
 *   declined it;
 * - days from request to send: from the first consultation request made before sending.
 * The totals row (`is_total`) covers the whole period.
 */
export const CONSULTATION_STATISTICS_SQL = `WITH sent AS MATERIALIZED (
  SELECT s.id, s.agency_id, s.sent_at,
         (s.sent_at AT TIME ZONE 'Europe/Stockholm')::date AS sent_on,
         extract(year FROM s.sent_at AT TIME ZONE 'Europe/Stockholm')::int AS year
  FROM surveys s
  WHERE s.status IN ('sent', 'closed') AND s.sent_at >= ${FROM_AT} AND s.sent_at < ${TO_AT}
),
consulted AS (
  SELECT k.survey_id,
         bool_or(k.completed_at IS NOT NULL
                 AND (k.completed_at AT TIME ZONE 'Europe/Stockholm')::date <= sent.sent_on)
           AS before_sending,
         (array_agg(k.outcome ORDER BY
                      (k.completed_at AT TIME ZONE 'Europe/Stockholm')::date <= sent.sent_on DESC,
                      k.completed_at DESC, k.requested_at DESC, k.id DESC)
            FILTER (WHERE k.completed_at IS NOT NULL))[1] AS advice,
         min(k.requested_at) FILTER (WHERE k.requested_at <= sent.sent_at) AS first_request_at
  FROM consultations k JOIN sent ON sent.id = k.survey_id
  GROUP BY k.survey_id
),
latest_reviews AS (
  SELECT DISTINCT ON (r.survey_id, r.network_id) r.survey_id, r.decision, r.meeting_date
  FROM network_reviews r JOIN sent ON sent.id = r.survey_id
  ORDER BY r.survey_id, r.network_id, r.meeting_date DESC, r.created_at DESC, r.id DESC
),
declined AS (
  SELECT DISTINCT l.survey_id
  FROM latest_reviews l JOIN sent ON sent.id = l.survey_id
  WHERE l.decision = 'declined' AND l.meeting_date <= sent.sent_on
),
facts AS (
  SELECT sent.agency_id, sent.year,
         coalesce(c.before_sending, false) AS consulted_before,
         c.advice IS NOT DISTINCT FROM 'advised_against' AS despite_advice,
         d.survey_id IS NOT NULL AS network_declined,
         extract(epoch FROM sent.sent_at - c.first_request_at) / 86400 AS days_from_request
  FROM sent
  LEFT JOIN consulted c ON c.survey_id = sent.id
  LEFT JOIN declined d ON d.survey_id = sent.id
)
SELECT GROUPING(f.agency_id) = 1 AS is_total, f.agency_id, a.name AS agency_name,
       a.kind AS agency_kind, f.year,
       count(*)::int AS surveys_sent,
       count(*) FILTER (WHERE f.consulted_before)::int AS consulted_before_sending,
       count(*) FILTER (WHERE f.despite_advice)::int AS sent_despite_advice,
       count(*) FILTER (WHERE f.network_declined)::int AS declined_by_network,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY f.days_from_request)
         FILTER (WHERE f.days_from_request IS NOT NULL) AS median_days
FROM facts f
JOIN agencies a ON a.id = f.agency_id
GROUP BY GROUPING SETS ((f.agency_id, a.name, a.kind, f.year), ())
ORDER BY is_total, f.year, a.name, f.agency_id`;

/**
 * Flags raised in [$1, $2) per Swedish calendar month and code, with the totals per code
 * (`per_code`) and overall (`is_total`). A flag raised again after it was resolved is a
 * new raising and counts again.
 */
export const FLAG_STATISTICS_SQL = `SELECT GROUPING(f.month) = 1 AS per_code, GROUPING(f.code) = 1 AS is_total,
       f.month, f.code,
       count(*)::int AS raised,
       count(*) FILTER (WHERE f.state = 'open')::int AS still_open,
       count(*) FILTER (WHERE f.state = 'dismissed')::int AS dismissed
FROM (
  SELECT to_char(raised_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM') AS month, code, state
  FROM flags
  WHERE raised_at >= ${FROM_AT} AND raised_at < ${TO_AT}
) f
GROUP BY GROUPING SETS ((f.month, f.code), (f.code), ())
ORDER BY f.month NULLS LAST, f.code NULLS LAST`;
