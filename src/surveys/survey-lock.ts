import { EntityManager } from 'typeorm';
import { NotFoundError } from '../common/errors';
import { parseSurveyKey } from './survey-key';
import { Survey } from './survey.entity';

/**
 * Locks a survey row for the rest of the transaction. Every writer of a survey's facts,
 * consultations, reviews and flags takes this lock first, so they serialise per survey.
 */
export async function lockSurvey(manager: EntityManager, key: string): Promise<Survey> {
  const survey = await manager.findOne(Survey, {
    where: parseSurveyKey(key),
    lock: { mode: 'pessimistic_write' },
  });
  if (!survey) throw new NotFoundError('Survey', key);
  return survey;
}
