import type { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { hydrateEntity } from '../database/hydrate';
import { preparedQuery } from '../database/prepared-query';
import type { SurveyKey } from './survey-key';
import { SurveyRound } from './survey-round.entity';
import { Survey } from './survey.entity';

/**
 * The jsonb_build_object pairs of a survey `s` joined to its agency `a`, with its rounds:
 * for statements that read a survey as one JSON value (see `hydrateSurvey`).
 */
export const SURVEY_JSON_FIELDS = `
  'survey', to_jsonb(s) - 'title_trigrams' - 'dated_at',
  'agency', to_jsonb(a),
  'rounds', COALESCE(
    (SELECT jsonb_agg(to_jsonb(r) ORDER BY r.sent_at, r.id)
       FROM survey_rounds r WHERE r.survey_id = s.id),
    '[]'::jsonb)`;

/** What SURVEY_JSON_FIELDS produce. */
export interface SurveyJson {
  survey: Record<string, unknown>;
  agency: Record<string, unknown>;
  rounds: Record<string, unknown>[];
}

/** The survey entity, with its agency and rounds, from SURVEY_JSON_FIELDS' values. */
export function hydrateSurvey(dataSource: DataSource, json: SurveyJson): Survey {
  const survey = hydrateEntity(dataSource, Survey, json.survey);
  survey.agency = hydrateEntity(dataSource, Agency, json.agency);
  survey.rounds = json.rounds.map((round) => hydrateEntity(dataSource, SurveyRound, round));
  return survey;
}

/**
 * The survey, its agency and its rounds as one JSON value in one prepared statement: the
 * most read thing in the service, so it skips the query builder (building the SQL, planning
 * it and mapping the joined rows cost more than running it).
 */
function surveyReadSql(column: 'id' | 'reference'): string {
  return `
    SELECT jsonb_build_object(${SURVEY_JSON_FIELDS}) AS read
    FROM surveys s
    JOIN agencies a ON a.id = s.agency_id
    WHERE s.${column} = $1`;
}

const READ_BY_ID = surveyReadSql('id');
const READ_BY_REFERENCE = surveyReadSql('reference');

export async function readSurvey(dataSource: DataSource, key: SurveyKey): Promise<Survey | null> {
  const [name, sql, value] =
    'id' in key
      ? ['survey_read_by_id', READ_BY_ID, key.id]
      : ['survey_read_by_reference', READ_BY_REFERENCE, key.reference];
  const rows = await preparedQuery<{ read: SurveyJson }>(dataSource, name, sql, [value]);
  return rows.length > 0 ? hydrateSurvey(dataSource, rows[0].read) : null;
}
