import { MigrationInterface, QueryRunner } from 'typeorm';

export class ConsultationsReviewsFlags1763971200000 implements MigrationInterface {
  name = 'ConsultationsReviewsFlags1763971200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Trigram similarity finds possible duplicates and serves the lookup's title search.
      `CREATE EXTENSION IF NOT EXISTS pg_trgm`,
      // Surveys are written rarely and searched often: no pending list to scan on every search.
      `CREATE INDEX "ix_surveys_title_trgm" ON "surveys" USING gin ("title" gin_trgm_ops) WITH (fastupdate = off)`,
      `CREATE TABLE "blackout_periods" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "from_date" date NOT NULL, "to_date" date NOT NULL, "reason" character varying(500) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_blackout_periods_range" CHECK ("to_date" >= "from_date"), CONSTRAINT "PK_9d0d99856290a91c9deafff9793" PRIMARY KEY ("id"))`,
      `CREATE TABLE "consultations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "consulted_organisation" character varying(100) NOT NULL DEFAULT 'SKR', "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "skr_case_number" character varying(50), "handler" character varying(200), "completed_at" TIMESTAMP WITH TIME ZONE, "outcome" character varying(30), "topics_covered" character varying(30) array NOT NULL DEFAULT '{}', "note" text, "department_head_reviewed_at" TIMESTAMP WITH TIME ZONE, "department_head_reviewer" character varying(200), "department_head_agrees" boolean, "department_head_note" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_consultations_completion" CHECK (("completed_at" IS NULL) = ("outcome" IS NULL) AND ("completed_at" IS NULL OR "completed_at" >= "requested_at")), CONSTRAINT "chk_consultations_outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('no_objection', 'changes_recommended', 'advised_against', 'withdrawn_by_agency')), CONSTRAINT "PK_c5b78e9424d9bc68464f6a12103" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_consultations_requested_at" ON "consultations"  ("requested_at") `,
      `CREATE INDEX "ix_consultations_survey" ON "consultations"  ("survey_id", "requested_at") `,
      `CREATE TABLE "flags" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "code" character varying(40) NOT NULL, "severity" character varying(10) NOT NULL, "state" character varying(10) NOT NULL DEFAULT 'open', "evidence" jsonb NOT NULL, "facts_key" character(64) NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL, "resolved_at" TIMESTAMP WITH TIME ZONE, "dismissed_at" TIMESTAMP WITH TIME ZONE, "dismissed_reason" text, "dismissed_by" character varying(250), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "chk_flags_severity" CHECK ("severity" IN ('critical', 'warning', 'info')), CONSTRAINT "chk_flags_state" CHECK ("state" IN ('open', 'resolved', 'dismissed')), CONSTRAINT "PK_ea7e333c92a55de9e9b8d0b9afd" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_flags_state_code" ON "flags"  ("state", "code") `,
      `CREATE INDEX "ix_flags_survey" ON "flags"  ("survey_id", "raised_at") `,
      `CREATE UNIQUE INDEX "ux_flags_open_per_code" ON "flags"  ("survey_id", "code") WHERE "state" = 'open'`,
      `CREATE TABLE "job_runs" ("name" character varying(60) NOT NULL, "last_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b85618ada5b365476f91f989ed5" PRIMARY KEY ("name"))`,
      `CREATE TABLE "network_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "network_id" uuid NOT NULL, "meeting_date" date NOT NULL, "decision" character varying(20) NOT NULL, "note" text, "created_by_key_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_network_reviews_meeting" UNIQUE ("survey_id", "network_id", "meeting_date"), CONSTRAINT "chk_network_reviews_decision" CHECK ("decision" IN ('approved', 'declined', 'noted')), CONSTRAINT "PK_e921c6d0880e99b405a126e6599" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_network_reviews_survey" ON "network_reviews"  ("survey_id", "meeting_date") `,
      `ALTER TABLE "consultations" ADD CONSTRAINT "FK_c035a5d155d9050b42961c593e5" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "flags" ADD CONSTRAINT "FK_f98db5e0a9e9b394c653b3dbe64" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "network_reviews" ADD CONSTRAINT "FK_3d4f92796c0b32e4de9b2713c2b" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "network_reviews" ADD CONSTRAINT "FK_9768ba21feb1da49a0339d6e595" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP INDEX "public"."ix_surveys_title_trgm"`,
      `ALTER TABLE "consultations" DROP CONSTRAINT "FK_c035a5d155d9050b42961c593e5"`,
      `ALTER TABLE "flags" DROP CONSTRAINT "FK_f98db5e0a9e9b394c653b3dbe64"`,
      `ALTER TABLE "network_reviews" DROP CONSTRAINT "FK_3d4f92796c0b32e4de9b2713c2b"`,
      `ALTER TABLE "network_reviews" DROP CONSTRAINT "FK_9768ba21feb1da49a0339d6e595"`,
      `DROP INDEX "public"."ix_consultations_requested_at"`,
      `DROP INDEX "public"."ix_consultations_survey"`,
      `DROP INDEX "public"."ix_flags_state_code"`,
      `DROP INDEX "public"."ix_flags_survey"`,
      `DROP INDEX "public"."ux_flags_open_per_code"`,
      `DROP INDEX "public"."ix_network_reviews_survey"`,
      `DROP TABLE "network_reviews"`,
      `DROP TABLE "job_runs"`,
      `DROP TABLE "flags"`,
      `DROP TABLE "consultations"`,
      `DROP TABLE "blackout_periods"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
