import { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { Survey } from '../surveys/survey.entity';
import type { DuplicateCandidate } from './flag-rules';
import { preparedQueryIn } from '../database/prepared-query';

const MAX_CANDIDATES = 5;

/**
 * For each searching survey: surveys with a similar title (pg_trgm similarity) from the same
 * agency, or to the same target group, dated within the window around it. The searching
 * surveys are given in the order they were created or changed: a survey of the list sees the
 * new surveys ($8: the list's ids, null where the survey existed before) before it, not those
 * after it, as if each had been created or changed and evaluated on its own; surveys that
 * existed before are seen wherever they are. The titles
 * come from `unnest`, whose values the planner does not look into: with a title as a
 * constant it would estimate the share of similar titles by computing similarity() against
 * its statistics sample, which took longer than the search. For `%` the transaction's
 * `pg_trgm.similarity_threshold` must be the configured similarity (the flag engine's state
 * query sets it).
 */
const IN_WINDOW = `s.dated_at BETWEEN q.dated_at - make_interval(days => $6)
                               AND q.dated_at + make_interval(days => $6)`;
const VISIBLE = `s.id <> q.id
            AND s.status <> 'withdrawn'
            AND COALESCE(array_position($8::uuid[], s.id), 0) < q.position`;

/**
 * The same agency and the same target group are two searches. An agency's surveys dated
 * within the window are found by their index (agency, date: migration DuplicateSearch) and
 * compared one by one, by their stored trigrams (migration TitleTrigrams; the same number as
 * similarity(), several times faster): the trigram index would visit every similar title of
 * every agency (titles share words like "enkät" and "kommunernas"), which grows with the
 * table, not with the agency. Each row is first checked with one intersection of the two sets
 * (trigrams_may_be_similar, migration DuplicateSearch); only the rows that pass compute the
 * similarity, once, and only then whether the row is one to see (VISIBLE: array_position over
 * the list is a linear search, which the planner would otherwise run first, on every row, as
 * the cheapest-looking condition; OFFSET 0 keeps that order). A target group spans agencies,
 * so there the trigram index finds the titles; the search is skipped when the survey names
 * no target group. (As one condition with OR, the planner could do neither.) OFFSET 0 also
 * keeps the searching title's trigrams a value computed once: without it the planner pulls
 * the sub-select up and computes them again for every survey compared.
 */
const DUPLICATES_SQL = `
  SELECT q.position::int AS position, d.*
    FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::timestamptz[])
         WITH ORDINALITY AS q0(id, title, agency_id, target_role, dated_at, position)
   CROSS JOIN LATERAL (SELECT q0.*, title_trigrams(q0.title) AS trigrams OFFSET 0) q
   CROSS JOIN LATERAL (
         SELECT s.id, s.reference, s.title, s.similarity, true AS same_agency
           FROM (SELECT s.id, s.reference, s.title, s.status,
                        trigram_similarity(s.title_trigrams, q.trigrams) AS similarity
                   FROM surveys s
                  WHERE s.agency_id = q.agency_id AND ${IN_WINDOW}
                    AND trigrams_may_be_similar(s.title_trigrams, q.trigrams, $7::real)
                 OFFSET 0) s
          WHERE s.similarity >= $7::real AND ${VISIBLE}
          UNION ALL
         SELECT s.id, s.reference, s.title, similarity(s.title, q.title) AS similarity,
                false AS same_agency
           FROM surveys s
          WHERE q.target_role IS NOT NULL AND s.agency_id <> q.agency_id
            AND lower(s.target_role) = lower(q.target_role) AND s.title % q.title
            AND ${IN_WINDOW} AND ${VISIBLE}
          ORDER BY similarity DESC, reference
          LIMIT ${MAX_CANDIDATES}) d
   ORDER BY q.position, d.similarity DESC, d.reference`;

/** The date a survey is compared by: sent, else planned, else registered. */
function datedAt(survey: Survey): Date {
  return (
    survey.sentAt ?? (survey.plannedSendDate ? new Date(survey.plannedSendDate) : survey.createdAt)
  );
}

/**
 * Each survey's possible duplicates, in the order of `surveys` (creation order: see above;
 * `existing` are those that existed before). A withdrawn survey has none.
 */
export async function findDuplicateCandidates(
  manager: EntityManager,
  surveys: readonly Survey[],
  config: Pick<AppConfig, 'duplicateWindowDays' | 'duplicateSimilarity'>,
  existing: ReadonlySet<string> = new Set(),
): Promise<DuplicateCandidate[][]> {
  const found = surveys.map((): DuplicateCandidate[] => []);
  const searching = surveys.filter((survey) => survey.status !== 'withdrawn');
  if (searching.length === 0) return found;
  const foundFor = searching.map((survey) => found[surveys.indexOf(survey)]);
  const rows = await preparedQueryIn<{
    position: number;
    id: string;
    reference: string;
    title: string;
    similarity: number;
    same_agency: boolean;
  }>(manager, 'flag_engine_duplicates', DUPLICATES_SQL, [
    searching.map((survey) => survey.id),
    searching.map((survey) => survey.title),
    searching.map((survey) => survey.agencyId),
    searching.map((survey) => survey.targetRole),
    searching.map(datedAt),
    config.duplicateWindowDays,
    config.duplicateSimilarity,
    searching.map((survey) => (existing.has(survey.id) ? null : survey.id)),
  ]);
  for (const row of rows) {
    foundFor[row.position - 1].push({
      surveyId: row.id,
      reference: row.reference,
      title: row.title,
      similarity: Math.round(Number(row.similarity) * 100) / 100,
      reason: row.same_agency ? 'same_agency' : 'same_target_group',
    });
  }
  return found;
}
