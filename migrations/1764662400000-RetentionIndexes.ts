import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the retention job looks rows up by: events and idempotency keys by age, and a
 * webhook delivery by its event (also what ON DELETE CASCADE from outbox_events needs).
 */
export class RetentionIndexes1764662400000 implements MigrationInterface {
  name = 'RetentionIndexes1764662400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_webhook_deliveries_event_seq" ON "webhook_deliveries" ("event_seq") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_events_occurred_at" ON "outbox_events" ("occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_idempotency_keys_created_at" ON "idempotency_keys" ("created_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_idempotency_keys_created_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_events_occurred_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_deliveries_event_seq"`);
  }
}
