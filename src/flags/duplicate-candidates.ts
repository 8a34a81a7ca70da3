import { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { Survey } from '../surveys/survey.entity';
import type { DuplicateCandidate } from './flag-rules';

const MAX_CANDIDATES = 5;

/**
 * Surveys with a similar title (pg_trgm, served by the trigram index) from the same agency,
 * or to the same target group, dated within the window around this one.
 */
export async function findDuplicateCandidates(
  manager: EntityManager,
  survey: Survey,
  config: Pick<AppConfig, 'duplicateSimilarity' | 'duplicateWindowDays'>,
): Promise<DuplicateCandidate[]> {
  if (survey.status === 'withdrawn') return [];
  await manager.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, true)`, [
    String(config.duplicateSimilarity),
  ]);
  const rows: {
    id: string;
    reference: string;
    title: string;
    similarity: number;
    same_agency: boolean;
  }[] = await manager.query(
    `SELECT s.id, s.reference, s.title, similarity(s.title, $1) AS similarity,
            s.agency_id = $3 AS same_agency
       FROM surveys s
      WHERE s.title % $1
        AND s.id <> $2
        AND s.status <> 'withdrawn'
        AND (s.agency_id = $3 OR ($4::text IS NOT NULL AND lower(s.target_role) = lower($4)))
        AND COALESCE(s.sent_at, s.planned_send_date::timestamptz, s.created_at)
            BETWEEN $5::timestamptz - make_interval(days => $6)
                AND $5::timestamptz + make_interval(days => $6)
      ORDER BY similarity DESC, s.reference
      LIMIT ${MAX_CANDIDATES}`,
    [
      survey.title,
      survey.id,
      survey.agencyId,
      survey.targetRole,
      survey.sentAt ??
        (survey.plannedSendDate ? new Date(survey.plannedSendDate) : survey.createdAt),
      config.duplicateWindowDays,
    ],
  );
  return rows.map((row) => ({
    surveyId: row.id,
    reference: row.reference,
    title: row.title,
    similarity: Math.round(Number(row.similarity) * 100) / 100,
    reason: row.same_agency ? 'same_agency' : 'same_target_group',
  }));
}
