import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/roles';
import { Survey } from './survey.entity';

/**
 * Called inside the transaction of every change to a survey's facts, so that whatever
 * depends on them (the flags) changes with them or not at all.
 */
export abstract class SurveyChangeHook {
  abstract surveyChanged(manager: EntityManager, survey: Survey, actor: Actor): Promise<void>;
}
