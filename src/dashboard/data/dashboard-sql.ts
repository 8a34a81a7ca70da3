/**
 * The dashboard's own queries, for what the burden and statistics reports do not answer.
 * Set-based: one statement each.
 */

/**
 * Open flags by code on the surveys of a Swedish calendar year ($1): sent that year, or, not
 * yet sent, planned (or, without a plan, registered) that year. The statistics report counts
 * flags by the day they were raised instead, which for an old survey entered today is today.
 */
export const OPEN_FLAGS_SQL = `
SELECT f.code, count(*)::int AS open
  FROM flags f
  JOIN surveys s ON s.id = f.survey_id
 WHERE f.state = 'open'
   AND extract(year FROM coalesce(
         s.sent_at AT TIME ZONE 'Europe/Stockholm',
         s.planned_send_date::timestamp,
         s.created_at AT TIME ZONE 'Europe/Stockholm'))::int = $1
 GROUP BY f.code`;

/** Swedish calendar years in which surveys were sent or rounds answered, newest first. */
export const YEARS_WITH_DATA_SQL = `
SELECT DISTINCT extract(year FROM at AT TIME ZONE 'Europe/Stockholm')::int AS year
  FROM (SELECT sent_at AS at FROM surveys WHERE sent_at IS NOT NULL
        UNION ALL
        SELECT sent_at FROM survey_rounds) t
 ORDER BY year DESC`;
