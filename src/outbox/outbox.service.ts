import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type SqlStatement, valueRows } from '../database/combined-writes';
import type { OutboxEventType } from './outbox-event.entity';

export interface OutboxRecord {
  type: OutboxEventType;
  surveyId: string | null;
  data: Record<string, unknown>;
}

/**
 * The INSERT of outbox events, in the given order (their seq, and so their delivery order,
 * follows it), for a caller that writes them together with other rows in one statement.
 */
export function outboxInsert(events: readonly OutboxRecord[]): SqlStatement {
  return {
    text: `INSERT INTO outbox_events (type, survey_id, data) VALUES ${valueRows(events.length, 3)}`,
    values: events.flatMap((event) => [event.type, event.surveyId, JSON.stringify(event.data)]),
  };
}

@Injectable()
export class OutboxService {
  /** Enqueues through the caller's transaction: no change without its event, no event without it. */
  async enqueue(
    manager: EntityManager,
    type: OutboxEventType,
    surveyId: string | null,
    data: Record<string, unknown>,
  ): Promise<void> {
    const { text, values } = outboxInsert([{ type, surveyId, data }]);
    await manager.query(text, values);
  }
}
