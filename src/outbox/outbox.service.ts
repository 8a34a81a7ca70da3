import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEvent, OutboxEventType } from './outbox-event.entity';

@Injectable()
export class OutboxService {
  /** Enqueues through the caller's transaction: no change without its event, no event without it. */
  async enqueue(
    manager: EntityManager,
    type: OutboxEventType,
    surveyId: string | null,
    data: Record<string, unknown>,
  ): Promise<void> {
    await manager.save(manager.create(OutboxEvent, { type, surveyId, data }));
  }
}
