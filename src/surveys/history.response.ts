import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AuditEvent } from '../audit/audit-event.entity';
import type { ActorType } from '../auth/roles';

export class HistoryActor {
  @ApiProperty({ enum: ['person', 'key', 'system'] }) type: ActorType;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The person or key; null: system',
  })
  id: string | null;
  @ApiProperty({ example: 'Anna Berg' }) name: string;
  @ApiPropertyOptional({ example: 'anna.berg@skr.se', description: 'A person only' })
  email?: string;
}

export class HistoryItem {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: HistoryActor, description: 'Who made the change' }) actor: HistoryActor;
  @ApiProperty({ example: 'skr:Statistiksektionen', description: 'The actor as "role:name"' })
  actorLabel: string;
  @ApiProperty({ example: 'survey.sent' }) action: string;
  @ApiProperty({ example: 'survey' }) entityType: string;
  @ApiProperty({ format: 'uuid' }) entityId: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Changed fields as { field: { from, to } }, or event details',
    example: { title: { from: 'Enkät om chefer', to: 'Enkät om första linjens chefer' } },
  })
  changes: Record<string, unknown>;
}

/** Events from before people signed in name a key or the system, as they always did. */
export function toHistoryActor(event: AuditEvent): HistoryActor {
  if (event.actorUserId) {
    return {
      type: 'person',
      id: event.actorUserId,
      name: event.actorName,
      ...(event.actorEmail ? { email: event.actorEmail } : {}),
    };
  }
  if (event.actorKeyId) return { type: 'key', id: event.actorKeyId, name: event.actorName };
  return { type: 'system', id: null, name: event.actorName };
}

export function toHistoryItem(event: AuditEvent): HistoryItem {
  return {
    at: event.at.toISOString(),
    actor: toHistoryActor(event),
    actorLabel: event.actor,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    changes: event.changes,
  };
}
