import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { runWrites } from '../database/combined-writes';
import type { Actor } from '../auth/roles';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SurveyChangeHook } from '../surveys/survey-change.hook';
import { Survey } from '../surveys/survey.entity';
import { findDuplicateCandidates } from './duplicate-candidates';
import { planFlagChanges } from './flag-changes';
import { evaluateFlags, FlagRuleConfig } from './flag-rules';
import { loadFlagState } from './flag-state';
import { flagWrites } from './flag-writes';
import { summariseSurvey } from './survey-summary';
import { toSurveyFacts } from './survey-facts';

/**
 * Keeps a survey's flags and summaries in step with its facts. Runs inside the transaction
 * of the change, with the survey row locked by the caller. Three round trips: what the rules
 * read (one query), the duplicate search, and everything written (one statement).
 */
@Injectable()
export class FlagEngine extends SurveyChangeHook {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  surveyChanged(manager: EntityManager, survey: Survey, actor: Actor): Promise<void> {
    return this.refresh(manager, survey.id, actor);
  }

  async refresh(manager: EntityManager, surveyId: string, actor: Actor, now = new Date()) {
    const state = await loadFlagState(manager, surveyId, this.config.duplicateSimilarity);
    const { survey, consultations, reviews } = state;
    const duplicates = await findDuplicateCandidates(manager, survey, this.config);
    const facts = toSurveyFacts(survey, consultations, reviews, duplicates, now);
    const findings = evaluateFlags(facts, this.ruleConfig(state.blackoutPeriods));
    const changes = planFlagChanges(state.flags, findings);
    const summary = summariseSurvey(consultations, reviews);
    await runWrites(manager, flagWrites(survey, changes, summary, actor, now));
  }

  private ruleConfig(blackoutPeriods: FlagRuleConfig['blackoutPeriods']): FlagRuleConfig {
    return {
      minResponseWorkingDays: this.config.minResponseWorkingDays,
      highBurdenHours: this.config.highBurdenHours,
      consultationLeadDays: this.config.consultationLeadDays,
      blackoutPeriods,
    };
  }
}
