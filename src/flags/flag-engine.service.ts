import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { BlackoutPeriod } from '../blackout-periods/blackout-period.entity';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Consultation } from '../consultations/consultation.entity';
import { NetworkReview } from '../network-reviews/network-review.entity';
import { OutboxService } from '../outbox/outbox.service';
import { SurveyChangeHook } from '../surveys/survey-change.hook';
import { Survey } from '../surveys/survey.entity';
import { FLAG_CODES } from './flag-codes';
import { evaluateFlags, FlagFinding, FlagRuleConfig } from './flag-rules';
import { Flag } from './flag.entity';
import { factsKey } from './facts-key';
import { findDuplicateCandidates } from './duplicate-candidates';
import { summariseSurvey } from './survey-summary';
import { toSurveyFacts } from './survey-facts';

function flagOrder(code: string): number {
  const index = (FLAG_CODES as readonly string[]).indexOf(code);
  return index === -1 ? FLAG_CODES.length : index;
}

/**
 * Keeps a survey's flags and summaries in step with its facts. Runs inside the transaction
 * of the change, with the survey row locked by the caller.
 */
@Injectable()
export class FlagEngine extends SurveyChangeHook {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {
    super();
  }

  surveyChanged(manager: EntityManager, survey: Survey, actor: Actor): Promise<void> {
    return this.refresh(manager, survey.id, actor);
  }

  async refresh(manager: EntityManager, surveyId: string, actor: Actor, now = new Date()) {
    const survey = await manager.findOneOrFail(Survey, {
      where: { id: surveyId },
      relations: { agency: true, rounds: true },
    });
    const consultations = await manager.find(Consultation, {
      where: { surveyId },
      order: { requestedAt: 'ASC' },
    });
    const reviews = await manager.find(NetworkReview, {
      where: { surveyId },
      relations: { network: true },
      order: { meetingDate: 'ASC', createdAt: 'ASC' },
    });
    const duplicates = await findDuplicateCandidates(manager, survey, this.config);
    const facts = toSurveyFacts(survey, consultations, reviews, duplicates, now);
    const findings = evaluateFlags(facts, await this.ruleConfig(manager));
    const openCodes = await this.applyFindings(manager, survey, findings, actor, now);
    const summary = summariseSurvey(consultations, reviews);
    await manager.query(
      `UPDATE surveys SET consultation_status = $2, skr_outcome = $3, network_decision = $4,
              open_flags = $5 WHERE id = $1`,
      [
        surveyId,
        summary.consultationStatus,
        summary.skrOutcome,
        summary.networkDecision,
        openCodes,
      ],
    );
  }

  private async ruleConfig(manager: EntityManager): Promise<FlagRuleConfig> {
    const blackoutPeriods = await manager.find(BlackoutPeriod, { order: { from: 'ASC' } });
    return {
      minResponseWorkingDays: this.config.minResponseWorkingDays,
      highBurdenHours: this.config.highBurdenHours,
      consultationLeadDays: this.config.consultationLeadDays,
      blackoutPeriods: blackoutPeriods.map(({ from, to, reason }) => ({ from, to, reason })),
    };
  }

  /** Raises what newly holds, resolves what no longer does; returns the open codes. */
  private async applyFindings(
    manager: EntityManager,
    survey: Survey,
    findings: FlagFinding[],
    actor: Actor,
    now: Date,
  ): Promise<string[]> {
    const current = await manager.find(Flag, {
      where: { surveyId: survey.id, state: In(['open', 'dismissed']) },
      order: { raisedAt: 'ASC' },
    });
    const open = new Map(current.filter((f) => f.state === 'open').map((f) => [f.code, f]));
    const dismissed = new Map(
      current.filter((f) => f.state === 'dismissed').map((f) => [f.code, f]),
    );
    const openCodes: string[] = [];

    for (const finding of findings) {
      const key = factsKey(finding.code, finding.evidence);
      const existing = open.get(finding.code);
      open.delete(finding.code);
      if (existing) {
        openCodes.push(finding.code);
        if (existing.factsKey !== key) {
          await manager.update(Flag, existing.id, { evidence: finding.evidence, factsKey: key });
        }
        continue;
      }
      if (dismissed.get(finding.code)?.factsKey === key) continue;
      await this.raise(manager, survey, finding, key, actor, now);
      openCodes.push(finding.code);
    }
    for (const stale of open.values()) await this.resolve(manager, survey, stale, actor, now);
    return openCodes.sort((a, b) => flagOrder(a) - flagOrder(b));
  }

  private async raise(
    manager: EntityManager,
    survey: Survey,
    finding: FlagFinding,
    key: string,
    actor: Actor,
    now: Date,
  ): Promise<void> {
    const flag = await manager.save(
      manager.create(Flag, {
        surveyId: survey.id,
        code: finding.code,
        severity: finding.severity,
        state: 'open',
        evidence: finding.evidence,
        factsKey: key,
        raisedAt: now,
      }),
    );
    const details = {
      flagId: flag.id,
      code: flag.code,
      severity: flag.severity,
      evidence: flag.evidence,
    };
    await this.audit.record(manager, {
      actor,
      entityType: 'flag',
      entityId: flag.id,
      surveyId: survey.id,
      action: 'flag.raised',
      changes: details,
    });
    await this.outbox.enqueue(manager, 'flag.raised', survey.id, {
      ...details,
      surveyId: survey.id,
      surveyReference: survey.reference,
    });
  }

  private async resolve(
    manager: EntityManager,
    survey: Survey,
    flag: Flag,
    actor: Actor,
    now: Date,
  ): Promise<void> {
    await manager.update(Flag, flag.id, {
      state: 'resolved',
      resolvedAt: now,
      version: flag.version + 1,
    });
    const details = { flagId: flag.id, code: flag.code, severity: flag.severity };
    await this.audit.record(manager, {
      actor,
      entityType: 'flag',
      entityId: flag.id,
      surveyId: survey.id,
      action: 'flag.resolved',
      changes: details,
    });
    await this.outbox.enqueue(manager, 'flag.resolved', survey.id, {
      ...details,
      surveyId: survey.id,
      surveyReference: survey.reference,
    });
  }
}
