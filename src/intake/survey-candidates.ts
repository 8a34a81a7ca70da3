import { EntityManager } from 'typeorm';
import type { MatchSettings, SurveyCandidate } from './match-rules';
import { foldSql, foldText } from './text-fold';

const MAX_CANDIDATES = 5;

/**
 * Surveys of one agency, not withdrawn, dated within the window around `around` (sent, else
 * planned, else registered: drafts count too), most similar title first. A survey is compared
 * by its own title and by every title it was already reported under from the field, so the
 * variants municipalities use accumulate.
 */
export async function findSurveyCandidates(
  manager: EntityManager,
  query: { agencyId: string; title: string; around: Date },
  settings: MatchSettings,
): Promise<SurveyCandidate[]> {
  const rows: { id: string; similarity: number; distance_days: number }[] = await manager.query(
    `SELECT s.id,
            GREATEST(similarity(${foldSql('s.title')}, $2), COALESCE(reported.best, 0)) AS similarity,
            abs(extract(epoch FROM (COALESCE(s.sent_at, s.planned_send_date::timestamptz, s.created_at) - $3::timestamptz))) / 86400 AS distance_days
       FROM surveys s
       LEFT JOIN LATERAL (
            SELECT max(similarity(${foldSql('fr.title')}, $2)) AS best
              FROM field_reports fr WHERE fr.survey_id = s.id) reported ON true
      WHERE s.agency_id = $1
        AND s.status <> 'withdrawn'
        AND COALESCE(s.sent_at, s.planned_send_date::timestamptz, s.created_at)
            BETWEEN $3::timestamptz - make_interval(days => $4)
                AND $3::timestamptz + make_interval(days => $4)
      ORDER BY similarity DESC, distance_days, s.reference
      LIMIT ${MAX_CANDIDATES}`,
    [query.agencyId, foldText(query.title), query.around, settings.windowDays],
  );
  return rows.map((row) => ({
    id: row.id,
    similarity: Number(row.similarity),
    distanceDays: Number(row.distance_days),
  }));
}
