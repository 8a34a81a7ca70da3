import { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1764230400000 implements MigrationInterface {
  name = 'Webhooks1764230400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE "webhook_subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "url" character varying(2000) NOT NULL, "events" character varying(60) array NOT NULL, "secret" character varying(200) NOT NULL, "start_seq" bigint NOT NULL, "consecutive_failures" integer NOT NULL DEFAULT '0', "retry_at" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE, "disabled_reason" character varying(600), "last_failure_at" TIMESTAMP WITH TIME ZONE, "created_by_key_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_webhook_subscriptions_failures" CHECK ("consecutive_failures" >= 0), CONSTRAINT "chk_webhook_subscriptions_events" CHECK (cardinality("events") > 0 AND "events" <@ ARRAY['flag.raised', 'flag.resolved', 'survey.sent', 'consultation.completed', 'network_review.recorded']::varchar[]), CONSTRAINT "PK_bf631ae77d39849d599817fb6f4" PRIMARY KEY ("id"))`,
      `CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subscription_id" uuid NOT NULL, "event_seq" bigint NOT NULL, "event_id" uuid NOT NULL, "event_type" character varying(60) NOT NULL, "survey_id" uuid, "attempt_count" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "last_status_code" integer, "last_error" character varying(500), "delivered_at" TIMESTAMP WITH TIME ZONE, "locked_until" TIMESTAMP WITH TIME ZONE, "locked_by" character varying(120), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_webhook_deliveries_event" UNIQUE ("subscription_id", "event_seq"), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_webhook_deliveries_queue" ON "webhook_deliveries"  ("subscription_id", "survey_id", "event_seq") WHERE "delivered_at" IS NULL`,
      `CREATE INDEX "ix_webhook_deliveries_due" ON "webhook_deliveries"  ("next_attempt_at") WHERE "delivered_at" IS NULL`,
      `CREATE TABLE "webhook_attempts" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "delivery_id" uuid NOT NULL, "attempt" integer NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_ms" integer NOT NULL, "status_code" integer, "error" character varying(500), "succeeded" boolean NOT NULL, CONSTRAINT "PK_2de7e7887ad97de459adab62638" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_webhook_attempts_delivery" ON "webhook_attempts"  ("delivery_id", "id") `,
      `CREATE TABLE "webhook_pending_events" ("seq" bigint NOT NULL, CONSTRAINT "PK_8c09e1739340c2f32a27e4db7bf" PRIMARY KEY ("seq"))`,
      `ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_23eb2b6ae801c52cfb79a556b8a" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_84df3996ab8a80457b5efc0ebb6" FOREIGN KEY ("event_seq") REFERENCES "outbox_events"("seq") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "webhook_attempts" ADD CONSTRAINT "FK_0d56d91d61b827bb2079c256538" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "webhook_pending_events" ADD CONSTRAINT "FK_8c09e1739340c2f32a27e4db7bf" FOREIGN KEY ("seq") REFERENCES "outbox_events"("seq") ON DELETE CASCADE ON UPDATE NO ACTION`,
      // Every outbox event is marked for fan-out in the transaction that writes it, whatever
      // code path writes it, and listeners are told on commit. Entities cannot express a
      // trigger, so the schema diff does not see it; the webhook specs do.
      `CREATE FUNCTION "webhook_outbox_enqueue"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         INSERT INTO "webhook_pending_events" ("seq") SELECT "seq" FROM "new_events";
         PERFORM pg_notify('webhook_outbox', '');
         RETURN NULL;
       END
       $$`,
      `CREATE TRIGGER "trg_outbox_events_webhooks" AFTER INSERT ON "outbox_events" REFERENCING NEW TABLE AS "new_events" FOR EACH STATEMENT EXECUTE FUNCTION "webhook_outbox_enqueue"()`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP TRIGGER "trg_outbox_events_webhooks" ON "outbox_events"`,
      `DROP FUNCTION "webhook_outbox_enqueue"()`,
      `ALTER TABLE "webhook_pending_events" DROP CONSTRAINT "FK_8c09e1739340c2f32a27e4db7bf"`,
      `ALTER TABLE "webhook_attempts" DROP CONSTRAINT "FK_0d56d91d61b827bb2079c256538"`,
      `ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_84df3996ab8a80457b5efc0ebb6"`,
      `ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_23eb2b6ae801c52cfb79a556b8a"`,
      `DROP TABLE "webhook_pending_events"`,
      `DROP INDEX "public"."ix_webhook_attempts_delivery"`,
      `DROP TABLE "webhook_attempts"`,
      `DROP INDEX "public"."ix_webhook_deliveries_due"`,
      `DROP INDEX "public"."ix_webhook_deliveries_queue"`,
      `DROP TABLE "webhook_deliveries"`,
      `DROP TABLE "webhook_subscriptions"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
