import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, actorLabel } from '../auth/roles';
import { AuditChanges, AuditEvent } from './audit-event.entity';
import { type SqlStatement, valueRows } from '../database/combined-writes';

export interface AuditRecord {
  actor: Actor;
  entityType: string;
  entityId: string;
  surveyId?: string | null;
  action: string;
  changes: AuditChanges;
}

const AUDIT_COLUMNS = 10;

/**
 * The INSERT of audit events, in the given order (ids follow it), for a caller that writes
 * them together with other rows in one statement (see combined-writes.ts).
 */
export function auditInsert(records: readonly AuditRecord[]): SqlStatement {
  return {
    text: `INSERT INTO audit_events
             (actor, actor_key_id, actor_user_id, actor_name, actor_email, entity_type, entity_id, survey_id, action, changes)
           VALUES ${valueRows(records.length, AUDIT_COLUMNS)}`,
    values: records.flatMap((record) => [
      actorLabel(record.actor),
      record.actor.keyId,
      record.actor.userId ?? null,
      record.actor.name,
      record.actor.email ?? null,
      record.entityType,
      record.entityId,
      record.surveyId ?? null,
      record.action,
      JSON.stringify(record.changes ?? {}),
    ]),
  };
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes through the caller's transaction, so the event exists exactly when the change does. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    const { text, values } = auditInsert([record]);
    await manager.query(text, values);
  }

  forSurvey(surveyId: string): Promise<AuditEvent[]> {
    return this.dataSource
      .getRepository(AuditEvent)
      .find({ where: { surveyId }, order: { id: 'ASC' } });
  }
}
