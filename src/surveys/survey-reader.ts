import type { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { hydrateEntity } from '../database/hydrate';
import { preparedQuery } from '../database/prepared-query';
import type { SurveyKey } from './survey-key';
import { SurveyRound } from './survey-round.entity';
import { Survey } from './survey.entity';

/**
 * The survey, its agency and its rounds as one JSON value in one prepared statement: the
 * most read thing in the service, so it skips the query builder (building the SQL, planning
 * it and mapping the joined rows cost more than running it).
 */
function surveyReadSql(column: 'id' | 'reference'): string {
  return `
    SELECT jsonb_build_object(
      'survey', to_jsonb(s),
      'agency', to_jsonb(a),
      'rounds', COALESCE(
        (SELECT jsonb_agg(to_jsonb(r) ORDER BY r.sent_at, r.id)
           FROM survey_rounds r WHERE r.survey_id = s.id),
        '[]'::jsonb)
    ) AS read
    FROM surveys s
    JOIN agencies a ON a.id = s.agency_id
    WHERE s.${column} = $1`;
}

const READ_BY_ID = surveyReadSql('id');
const READ_BY_REFERENCE = surveyReadSql('reference');

interface SurveyRead {
  survey: Record<string, unknown>;
  agency: Record<string, unknown>;
  rounds: Record<string, unknown>[];
}

export async function readSurvey(dataSource: DataSource, key: SurveyKey): Promise<Survey | null> {
  const [name, sql, value] =
    'id' in key
      ? ['survey_read_by_id', READ_BY_ID, key.id]
      : ['survey_read_by_reference', READ_BY_REFERENCE, key.reference];
  const rows = await preparedQuery<{ read: SurveyRead }>(dataSource, name, sql, [value]);
  if (rows.length === 0) return null;
  const { survey: surveyRow, agency, rounds } = rows[0].read;
  const survey = hydrateEntity(dataSource, Survey, surveyRow);
  survey.agency = hydrateEntity(dataSource, Agency, agency);
  survey.rounds = rounds.map((round) => hydrateEntity(dataSource, SurveyRound, round));
  return survey;
}
