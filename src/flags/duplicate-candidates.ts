import { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { Survey } from '../surveys/survey.entity';
import type { DuplicateCandidate } from './flag-rules';
import { preparedQueryIn } from '../database/prepared-query';

const MAX_CANDIDATES = 5;

/**
 * Surveys with a similar title (pg_trgm, served by the trigram index) from the same agency,
 * or to the same target group, dated within the window around this one. The transaction's
 * `pg_trgm.similarity_threshold` must already be the configured similarity (the flag
 * engine's state query sets it). The title is compared as a sub-select's value, which the
 * planner does not look into: with the title itself it would estimate the share of similar
 * titles by computing similarity() against its statistics sample, which took longer than
 * the search.
 */
export async function findDuplicateCandidates(
  manager: EntityManager,
  survey: Survey,
  config: Pick<AppConfig, 'duplicateWindowDays'>,
): Promise<DuplicateCandidate[]> {
  if (survey.status === 'withdrawn') return [];
  const rows = await preparedQueryIn<{
    id: string;
    reference: string;
    title: string;
    similarity: number;
    same_agency: boolean;
  }>(
    manager,
    'flag_engine_duplicates',
    `SELECT s.id, s.reference, s.title, similarity(s.title, $1) AS similarity,
            s.agency_id = $3 AS same_agency
       FROM surveys s
      WHERE s.title % (SELECT $1::text)
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
