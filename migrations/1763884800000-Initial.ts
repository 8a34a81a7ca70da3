import { MigrationInterface, QueryRunner } from 'typeorm';
import { MUNICIPALITIES, REGIONS } from './reference-data/local-authorities';

/** Gotland is one organisation in two roles: municipality 0980 and region 09. */
const GOTLAND_MUNICIPALITY = '0980';
const GOTLAND_REGION = '09';

export class Initial1763884800000 implements MigrationInterface {
  name = 'Initial1763884800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE "agencies" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "short_name" character varying(50), "org_number" character(11), "kind" character varying(20) NOT NULL, "needs_review" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_972d0eb0229c30abc465c2b5d9a" UNIQUE ("org_number"), CONSTRAINT "chk_agencies_kind" CHECK ("kind" IN ('state_agency', 'committee', 'riksdag_agency', 'region', 'municipality', 'skr', 'other')), CONSTRAINT "PK_8ab1f1f53f56c8255b0d7e68b28" PRIMARY KEY ("id"))`,
      `CREATE TABLE "audit_events" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor" character varying(250) NOT NULL, "actor_key_id" uuid, "entity_type" character varying(40) NOT NULL, "entity_id" uuid NOT NULL, "survey_id" uuid, "action" character varying(60) NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_audit_events_entity" ON "audit_events"  ("entity_type", "entity_id", "id") `,
      `CREATE INDEX "ix_audit_events_survey" ON "audit_events"  ("survey_id", "id") `,
      `CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "key_hash" character(64) NOT NULL, "key_prefix" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_57384430aa1959f4578046c9b81" UNIQUE ("key_hash"), CONSTRAINT "chk_api_keys_role" CHECK ("role" IN ('admin', 'skr', 'network', 'registrar')), CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`,
      `CREATE TABLE "local_authorities" ("code" character varying(4) NOT NULL, "name" character varying(100) NOT NULL, "kind" character varying(20) NOT NULL, "county_code" character(2) NOT NULL, "same_organisation_as" character varying(4), CONSTRAINT "chk_local_authorities_kind" CHECK ("kind" IN ('municipality', 'region')), CONSTRAINT "PK_e5e29f343120c70cef30a806e3e" PRIMARY KEY ("code"))`,
      `CREATE TABLE "networks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "scope" character varying(20) NOT NULL, "county_code" character(2), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_networks_scope" CHECK ("scope" IN ('national', 'regional')), CONSTRAINT "PK_61b1ee921bf79550d9d4742b9f7" PRIMARY KEY ("id"))`,
      `CREATE TABLE "outbox_events" ("seq" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" character varying(60) NOT NULL, "survey_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "data" jsonb NOT NULL, CONSTRAINT "UQ_6689a16c00d09b8089f6237f1d2" UNIQUE ("id"), CONSTRAINT "PK_cc48a1566b3b842a82f0b2615c8" PRIMARY KEY ("seq"))`,
      `CREATE INDEX "ix_outbox_events_survey_seq" ON "outbox_events"  ("survey_id", "seq") `,
      `CREATE TABLE "survey_reference_counters" ("year" integer NOT NULL, "last_number" integer NOT NULL, CONSTRAINT "PK_a21220bd80b93f63b819f576181" PRIMARY KEY ("year"))`,
      `CREATE TABLE "surveys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(20) NOT NULL, "agency_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "purpose" text, "government_assignment" text, "target_role" character varying(200), "mandate" character varying(30), "collection_method" character varying(30) NOT NULL, "recipient_scope" character varying(40) NOT NULL, "recipient_codes" character varying(4) array NOT NULL DEFAULT '{}', "recipient_count" integer NOT NULL, "question_count" integer, "estimated_minutes_per_response" integer, "follow_up_interview_count" integer, "follow_up_interview_minutes" integer, "recurrence" character varying(20) NOT NULL DEFAULT 'once', "occurrences" integer NOT NULL DEFAULT '1', "voluntary" boolean, "legal_basis" text, "sensitive_data" boolean NOT NULL DEFAULT false, "planned_send_date" date, "response_deadline" TIMESTAMP WITH TIME ZONE, "cover_letter_text" text, "cover_letter" jsonb, "conducted_by" character varying(300), "exemption_ground" character varying(40), "exemption_note" text, "status" character varying(20) NOT NULL DEFAULT 'draft', "sent_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_reason" text, "replaced_by_existing_data" boolean, "content_changed_at" TIMESTAMP WITH TIME ZONE, "reported_from_field" boolean NOT NULL DEFAULT false, "consultation_status" character varying(20) NOT NULL DEFAULT 'none', "skr_outcome" character varying(30), "network_decision" character varying(20), "open_flags" character varying(40) array NOT NULL DEFAULT '{}', "created_by_key_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_b141b792146503c2e67ebcd82d2" UNIQUE ("reference"), CONSTRAINT "chk_surveys_counts" CHECK ("occurrences" >= 1 AND "recipient_count" >= 0), CONSTRAINT "chk_surveys_consultation_status" CHECK ("consultation_status" IN ('none', 'requested', 'completed')), CONSTRAINT "chk_surveys_exemption_ground" CHECK ("exemption_ground" IS NULL OR "exemption_ground" IN ('obviously_unnecessary', 'contrary_to_purpose', 'time_did_not_permit')), CONSTRAINT "chk_surveys_mandate" CHECK ("mandate" IS NULL OR "mandate" IN ('government_assignment', 'appropriation_directive', 'statutory', 'own_initiative')), CONSTRAINT "chk_surveys_recurrence" CHECK ("recurrence" IN ('once', 'weekly', 'monthly', 'quarterly', 'yearly')), CONSTRAINT "chk_surveys_recipient_scope" CHECK ("recipient_scope" IN ('all_municipalities', 'all_regions', 'all_municipalities_and_regions', 'selected')), CONSTRAINT "chk_surveys_collection_method" CHECK ("collection_method" IN ('web_questionnaire', 'paper_questionnaire', 'interview', 'register_extract', 'other')), CONSTRAINT "chk_surveys_status" CHECK ("status" IN ('draft', 'sent', 'closed', 'withdrawn')), CONSTRAINT "PK_1b5e3d4aaeb2321ffa98498c971" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_surveys_sent_at" ON "surveys"  ("sent_at") `,
      `CREATE INDEX "ix_surveys_status_sent_at" ON "surveys"  ("status", "sent_at") `,
      `CREATE INDEX "ix_surveys_agency" ON "surveys"  ("agency_id") `,
      `CREATE TABLE "survey_rounds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "responses" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_survey_rounds_responses" CHECK ("responses" >= 0), CONSTRAINT "PK_5f7ead95c8cdbf58f07fadda9cf" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_survey_rounds_survey_sent_at" ON "survey_rounds"  ("survey_id", "sent_at") `,
      `ALTER TABLE "surveys" ADD CONSTRAINT "FK_0d60e6b606b2a4aa670b21da816" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "survey_rounds" ADD CONSTRAINT "FK_31b18e4ce6fb8e89b6be0d1e376" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      // Names are unique whatever their case; TypeORM cannot express these indexes.
      `CREATE UNIQUE INDEX "ux_agencies_name" ON "agencies" (lower("name"))`,
      `CREATE UNIQUE INDEX "ux_networks_name" ON "networks" (lower("name"))`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
    await this.loadLocalAuthorities(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP INDEX "public"."ux_agencies_name"`,
      `DROP INDEX "public"."ux_networks_name"`,
      `ALTER TABLE "surveys" DROP CONSTRAINT "FK_0d60e6b606b2a4aa670b21da816"`,
      `ALTER TABLE "survey_rounds" DROP CONSTRAINT "FK_31b18e4ce6fb8e89b6be0d1e376"`,
      `DROP INDEX "public"."ix_audit_events_entity"`,
      `DROP INDEX "public"."ix_audit_events_survey"`,
      `DROP INDEX "public"."ix_outbox_events_survey_seq"`,
      `DROP INDEX "public"."ix_surveys_sent_at"`,
      `DROP INDEX "public"."ix_surveys_status_sent_at"`,
      `DROP INDEX "public"."ix_surveys_agency"`,
      `DROP INDEX "public"."ix_survey_rounds_survey_sent_at"`,
      `DROP TABLE "survey_rounds"`,
      `DROP TABLE "surveys"`,
      `DROP TABLE "survey_reference_counters"`,
      `DROP TABLE "outbox_events"`,
      `DROP TABLE "networks"`,
      `DROP TABLE "local_authorities"`,
      `DROP TABLE "api_keys"`,
      `DROP TABLE "audit_events"`,
      `DROP TABLE "agencies"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  private async loadLocalAuthorities(queryRunner: QueryRunner): Promise<void> {
    for (const municipality of MUNICIPALITIES) {
      await queryRunner.query(
        `INSERT INTO "local_authorities" ("code", "name", "kind", "county_code", "same_organisation_as")
         VALUES ($1, $2, 'municipality', $3, $4)`,
        [
          municipality.code,
          municipality.name,
          municipality.countyCode,
          municipality.code === GOTLAND_MUNICIPALITY ? GOTLAND_REGION : null,
        ],
      );
    }
    for (const region of REGIONS) {
      await queryRunner.query(
        `INSERT INTO "local_authorities" ("code", "name", "kind", "county_code", "same_organisation_as")
         VALUES ($1, $2, 'region', $3, $4)`,
        [
          region.code,
          region.name,
          region.code,
          region.code === GOTLAND_REGION ? GOTLAND_MUNICIPALITY : null,
        ],
      );
    }
  }
}
