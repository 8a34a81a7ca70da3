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
import { loadFlagStates } from './flag-state';
import { type FlagEvaluation, flagWrites } from './flag-writes';
import { summariseSurvey } from './survey-summary';
import { toSurveyFacts } from './survey-facts';

/**
 * Keeps surveys' flags and summaries in step with their facts. Runs inside the transaction
 * of the change, with the survey rows locked (or just created) by the caller. Three round
 * trips however many surveys: what the rules read (one query), the duplicate search, and
 * everything written (one statement).
 */
@Injectable()
export class FlagEngine extends SurveyChangeHook {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  surveyChanged(manager: EntityManager, survey: Survey, actor: Actor): Promise<void> {
    return this.refresh(manager, survey.id, actor);
  }

  refresh(manager: EntityManager, surveyId: string, actor: Actor, now = new Date()) {
    return this.refreshMany(manager, [surveyId], actor, now);
  }

  /**
   * Several surveys at once, as if refreshed one after the other in this order: each one's
   * duplicate search sees the new surveys before it in the list, not those after it (for
   * surveys created together, give them in the order they were created). Surveys of the list
   * that existed before (`existing`, changed in this transaction) it sees wherever they are.
   */
  async refreshMany(
    manager: EntityManager,
    surveyIds: readonly string[],
    actor: Actor,
    now = new Date(),
    existing: ReadonlySet<string> = new Set(),
  ): Promise<void> {
    if (surveyIds.length === 0) return;
    const states = await loadFlagStates(manager, surveyIds, this.config.duplicateSimilarity);
    const ordered = surveyIds.map((id) => states.get(id)!);
    const duplicates = await findDuplicateCandidates(
      manager,
      ordered.map((state) => state.survey),
      this.config,
      existing,
    );
    const evaluations = ordered.map((state, i): FlagEvaluation => {
      const { survey, consultations, reviews } = state;
      const facts = toSurveyFacts(survey, consultations, reviews, duplicates[i], now);
      const findings = evaluateFlags(facts, this.ruleConfig(state.blackoutPeriods));
      return {
        survey,
        changes: planFlagChanges(state.flags, findings),
        summary: summariseSurvey(consultations, reviews),
      };
    });
    await runWrites(manager, flagWrites(evaluations, actor, now));
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
