import { EntityNotFoundError, type EntityManager } from 'typeorm';
import type { BlackoutPeriod as BlackoutPeriodFact } from './flag-rules';
import { BlackoutPeriod } from '../blackout-periods/blackout-period.entity';
import { Consultation } from '../consultations/consultation.entity';
import { hydrateEntity } from '../database/hydrate';
import { NetworkReview } from '../network-reviews/network-review.entity';
import { Network } from '../networks/network.entity';
import { hydrateSurvey, SURVEY_JSON_FIELDS, type SurveyJson } from '../surveys/survey-reader';
import { Survey } from '../surveys/survey.entity';
import { Flag } from './flag.entity';
import { preparedQueryIn } from '../database/prepared-query';

/** Everything the flag engine reads about one survey, as of one statement. */
export interface FlagState {
  /** With its agency and rounds. */
  survey: Survey;
  /** Oldest request first. */
  consultations: Consultation[];
  /** By meeting date, then as recorded; each with its network. */
  reviews: NetworkReview[];
  /** Open and dismissed, oldest first. */
  flags: Flag[];
  /** All of them, earliest first. */
  blackoutPeriods: BlackoutPeriodFact[];
}

/**
 * One round trip instead of one per table: for each survey, the survey, its agency, rounds,
 * consultations, network reviews, current flags and the blackout periods as one JSON value.
 * It also sets the transaction's trigram threshold for the duplicate search that follows.
 */
const LOAD_FLAG_STATES = `
  SELECT set_config('pg_trgm.similarity_threshold', $2, true) AS threshold, s.id,
         jsonb_build_object(${SURVEY_JSON_FIELDS},
    'consultations', COALESCE(
      (SELECT jsonb_agg(to_jsonb(c) ORDER BY c.requested_at)
         FROM consultations c WHERE c.survey_id = s.id), '[]'::jsonb),
    'reviews', COALESCE(
      (SELECT jsonb_agg(jsonb_build_object('review', to_jsonb(nr), 'network', to_jsonb(n))
                        ORDER BY nr.meeting_date, nr.created_at)
         FROM network_reviews nr JOIN networks n ON n.id = nr.network_id
        WHERE nr.survey_id = s.id), '[]'::jsonb),
    'flags', COALESCE(
      (SELECT jsonb_agg(to_jsonb(f) ORDER BY f.raised_at)
         FROM flags f WHERE f.survey_id = s.id AND f.state IN ('open', 'dismissed')), '[]'::jsonb),
    'blackoutPeriods', COALESCE(
      (SELECT jsonb_agg(to_jsonb(b) ORDER BY b.from_date) FROM blackout_periods b), '[]'::jsonb)
  ) AS state
    FROM surveys s JOIN agencies a ON a.id = s.agency_id
   WHERE s.id = ANY($1::uuid[])`;

type JsonRow = Record<string, unknown>;

interface StateRow extends SurveyJson {
  consultations: JsonRow[];
  reviews: { review: JsonRow; network: JsonRow }[];
  flags: JsonRow[];
  blackoutPeriods: JsonRow[];
}

/** The states of these surveys, by survey id; a survey that does not exist is an error. */
export async function loadFlagStates(
  manager: EntityManager,
  surveyIds: readonly string[],
  duplicateSimilarity: number,
): Promise<Map<string, FlagState>> {
  const rows = await preparedQueryIn<{ id: string; state: StateRow }>(
    manager,
    'flag_engine_states',
    LOAD_FLAG_STATES,
    [surveyIds, String(duplicateSimilarity)],
  );
  const states = new Map(rows.map((row) => [row.id, toFlagState(manager, row.state)]));
  const missing = surveyIds.find((id) => !states.has(id));
  if (missing !== undefined) throw new EntityNotFoundError(Survey, { id: missing });
  return states;
}

function toFlagState(manager: EntityManager, state: StateRow): FlagState {
  const source = manager.connection;
  return {
    survey: hydrateSurvey(source, state),
    consultations: state.consultations.map((row) => hydrateEntity(source, Consultation, row)),
    reviews: state.reviews.map(({ review, network }) => {
      const hydrated = hydrateEntity(source, NetworkReview, review);
      hydrated.network = hydrateEntity(source, Network, network);
      return hydrated;
    }),
    flags: state.flags.map((row) => hydrateEntity(source, Flag, row)),
    blackoutPeriods: state.blackoutPeriods.map((row) => {
      const { from, to, reason } = hydrateEntity(source, BlackoutPeriod, row);
      return { from, to, reason };
    }),
  };
}
