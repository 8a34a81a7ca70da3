import { ApiProperty } from '@nestjs/swagger';
import { AuditEvent } from '../audit/audit-event.entity';

export class HistoryItem {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ example: 'skr:Statistiksektionen' }) actor: string;
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

export function toHistoryItem(event: AuditEvent): HistoryItem {
  return {
    at: event.at.toISOString(),
    actor: event.actor,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    changes: event.changes,
  };
}
