import { EntityManager } from 'typeorm';
import type { MatchSettings, SurveyCandidate } from './match-rules';
import { foldSql, foldText } from './text-fold';

const MAX_CANDIDATES = 5;

/** What a report or registration is matched by: its agency, its title, its date. */
export interface CandidateQuery {
  agencyId: string;
  title: string;
  around: Date;
}

/**
 * For each query: surveys of its agency, not withdrawn, dated within the window around
 * `around` (sent, else planned, else registered: drafts count too; `dated_at`, indexed with
 * the agency), most similar title first.
 * A survey is compared by its own title and by every title it was already reported under from
 * the field, so the variants municipalities use accumulate.
 */
const CANDIDATES_SQL = `
  SELECT q.position::int AS position, c.*
    FROM unnest($1::uuid[], $2::text[], $3::timestamptz[])
         WITH ORDINALITY AS q(agency_id, title, around, position)
   CROSS JOIN LATERAL (
         SELECT s.id, s.reference,
                GREATEST(similarity(${foldSql('s.title')}, q.title), COALESCE(reported.best, 0)) AS similarity,
                abs(extract(epoch FROM (s.dated_at - q.around))) / 86400 AS distance_days
           FROM surveys s
           LEFT JOIN LATERAL (
                SELECT max(similarity(${foldSql('fr.title')}, q.title)) AS best
                  FROM field_reports fr WHERE fr.survey_id = s.id) reported ON true
          WHERE s.agency_id = q.agency_id
            AND s.status <> 'withdrawn'
            AND s.dated_at BETWEEN q.around - make_interval(days => $4)
                               AND q.around + make_interval(days => $4)
          ORDER BY similarity DESC, distance_days, s.reference
          LIMIT ${MAX_CANDIDATES}) c
   ORDER BY q.position, c.similarity DESC, c.distance_days, c.reference`;

export async function findSurveyCandidates(
  manager: EntityManager,
  query: CandidateQuery,
  settings: MatchSettings,
): Promise<SurveyCandidate[]> {
  return (await findSurveyCandidatesMany(manager, [query], settings))[0];
}

/** The candidates of several queries in one statement, in the order of the queries. */
export async function findSurveyCandidatesMany(
  manager: EntityManager,
  queries: readonly CandidateQuery[],
  settings: MatchSettings,
): Promise<SurveyCandidate[][]> {
  const found = queries.map((): SurveyCandidate[] => []);
  if (queries.length === 0) return found;
  const rows: { position: number; id: string; similarity: number; distance_days: number }[] =
    await manager.query(CANDIDATES_SQL, [
      queries.map((query) => query.agencyId),
      queries.map((query) => foldText(query.title)),
      queries.map((query) => query.around),
      settings.windowDays,
    ]);
  for (const row of rows) {
    found[row.position - 1].push({
      id: row.id,
      similarity: Number(row.similarity),
      distanceDays: Number(row.distance_days),
    });
  }
  return found;
}

/**
 * For each title of a list: whether an earlier title of the list, of the same agency, is as
 * similar as a match needs (folded, as surveys are matched), and the earlier one's survey could
 * be found by date. A registration whose title resembles an earlier one's must be matched after
 * that one is applied. The earlier one's survey, when it creates one, is a draft dated when it
 * is registered (now, in this transaction): a registration dated outside the matching window
 * around now cannot find it (as when records of past years are registered).
 */
export async function similarToEarlier(
  manager: EntityManager,
  titles: readonly { agencyId: string | null; title: string; around: Date }[],
  settings: MatchSettings,
): Promise<boolean[]> {
  const similar = titles.map(() => false);
  const rows: { position: number }[] = await manager.query(
    `SELECT DISTINCT later.position::int AS position
       FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS earlier(agency_id, title, position)
       JOIN unnest($1::uuid[], $2::text[], $4::timestamptz[])
            WITH ORDINALITY AS later(agency_id, title, around, position)
         ON later.agency_id = earlier.agency_id AND later.position > earlier.position
      WHERE similarity(earlier.title, later.title) >= $3
        AND later.around BETWEEN now() - make_interval(days => $5)
                             AND now() + make_interval(days => $5)`,
    [
      titles.map((t) => t.agencyId),
      titles.map((t) => foldText(t.title)),
      settings.minSimilarity,
      titles.map((t) => t.around),
      settings.windowDays,
    ],
  );
  for (const row of rows) similar[row.position - 1] = true;
  return similar;
}
