import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { diffFields } from '../audit/changes';
import type { Actor } from '../auth/roles';
import { OutboxService } from '../outbox/outbox.service';
import { SurveyChangeHook } from '../surveys/survey-change.hook';
import { AUDITED_SURVEY_FIELDS } from '../surveys/survey-content';
import { Survey } from '../surveys/survey.entity';

/**
 * Changes that reports and registrations make to a survey the caller has locked: what the
 * field or a registrar learnt, not an edit by SKR. So they neither check an If-Match version
 * nor count as a content change after consultation (`contentChangedAt`): a municipality
 * reporting the survey too does not mean the agency changed its recipients.
 */
@Injectable()
export class SurveyWriter {
  constructor(
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly changeHook: SurveyChangeHook,
  ) {}

  /** Applies `change`, and if any audited field changed saves, audits and re-runs the flags. */
  async apply(
    manager: EntityManager,
    survey: Survey,
    actor: Actor,
    action: string,
    change: (survey: Survey) => void,
    extra: Record<string, unknown> = {},
  ): Promise<boolean> {
    const before = { ...survey };
    change(survey);
    const changes = diffFields(before, survey, AUDITED_SURVEY_FIELDS);
    if (Object.keys(changes).length === 0) return false;
    survey.updatedAt = new Date();
    const saved = await manager.save(survey);
    await this.audit.record(manager, {
      actor,
      entityType: 'survey',
      entityId: survey.id,
      surveyId: survey.id,
      action,
      changes: { ...changes, ...extra },
    });
    if (before.status === 'draft' && saved.status === 'sent')
      await this.announceSent(manager, saved);
    await this.changeHook.surveyChanged(manager, saved, actor);
    return true;
  }

  /** The `survey.sent` event, as `POST /surveys/{id}/send` writes it. */
  async announceSent(manager: EntityManager, survey: Survey): Promise<void> {
    await this.outbox.enqueue(manager, 'survey.sent', survey.id, {
      surveyId: survey.id,
      reference: survey.reference,
      sentAt: survey.sentAt!.toISOString(),
    });
  }
}
