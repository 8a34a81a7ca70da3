import type { EntityManager } from 'typeorm';

/** A consultation request and the registered survey its title matched (null: none). */
export interface MatchedRequest {
  surveyId: string | null;
  caseNumber: string | null;
}

/**
 * Locks the registered surveys that requests matched, as a single request locks its survey
 * before it reads the survey's consultations (held until commit), then tells for each request
 * whether its survey has a consultation with its SKR case number already: the request is then
 * registered again, and updates that consultation instead of adding one.
 */
export async function lockMatchedSurveys(
  manager: EntityManager,
  requests: readonly MatchedRequest[],
): Promise<boolean[]> {
  const surveyIds = [...new Set(requests.flatMap(({ surveyId }) => surveyId ?? []))];
  if (surveyIds.length === 0) return requests.map(() => false);
  await manager.query('SELECT id FROM surveys WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [
    surveyIds,
  ]);
  const rows: { repeats_case: boolean }[] = await manager.query(
    `SELECT EXISTS (SELECT 1 FROM consultations c
                     WHERE c.survey_id = q.survey_id AND c.skr_case_number = q.case_number)
              AS repeats_case
       FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS q(survey_id, case_number, position)
      ORDER BY q.position`,
    [requests.map(({ surveyId }) => surveyId), requests.map(({ caseNumber }) => caseNumber)],
  );
  return rows.map((row) => row.repeats_case);
}
