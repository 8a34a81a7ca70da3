import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, actorLabel } from '../auth/roles';
import { AuditChanges, AuditEvent } from './audit-event.entity';

export interface AuditRecord {
  actor: Actor;
  entityType: string;
  entityId: string;
  surveyId?: string | null;
  action: string;
  changes: AuditChanges;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes through the caller's transaction, so the event exists exactly when the change does. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.save(
      manager.create(AuditEvent, {
        actor: actorLabel(record.actor),
        actorKeyId: record.actor.keyId,
        entityType: record.entityType,
        entityId: record.entityId,
        surveyId: record.surveyId ?? null,
        action: record.action,
        changes: record.changes,
      }),
    );
  }

  forSurvey(surveyId: string): Promise<AuditEvent[]> {
    return this.dataSource
      .getRepository(AuditEvent)
      .find({ where: { surveyId }, order: { id: 'ASC' } });
  }
}
