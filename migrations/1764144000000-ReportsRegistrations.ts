import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportsRegistrations1764144000000 implements MigrationInterface {
  name = 'ReportsRegistrations1764144000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Field reports: one per survey and reporting authority.
      `CREATE TABLE "field_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "survey_id" uuid NOT NULL, "local_authority_code" character varying(4) NOT NULL, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "title" character varying(300) NOT NULL, "cover_letter_text" text, "reported_by_key_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_field_reports_survey_authority" UNIQUE ("survey_id", "local_authority_code"), CONSTRAINT "PK_38f750f9c2f4c71c16c9ae0035a" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_field_reports_authority" ON "field_reports"  ("local_authority_code", "received_at") `,
      // Idempotency keys, scoped per API key; the answer is kept as the text that was sent.
      `CREATE TABLE "idempotency_keys" ("api_key_id" uuid NOT NULL, "idempotency_key" character varying(200) NOT NULL, "request_hash" character(64) NOT NULL, "response_status" smallint, "response_body" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6e4f3756ac0e45e2318df856c14" PRIMARY KEY ("api_key_id", "idempotency_key"))`,
      // Registrations: the registrar's natural key is unique.
      `CREATE TABLE "registrations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_system" character varying(100) NOT NULL, "external_id" character varying(200) NOT NULL, "type" character varying(30) NOT NULL, "registered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "agency_name" character varying(200) NOT NULL, "agency_org_number" character(11), "title" character varying(300) NOT NULL, "case_number" character varying(50), "decision" character varying(30), "survey_id" uuid NOT NULL, "consultation_id" uuid, "applied_by_key_id" uuid, "applied_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_registrations_natural_key" UNIQUE ("source_system", "external_id"), CONSTRAINT "chk_registrations_decision" CHECK ("decision" IS NULL OR "decision" IN ('no_objection', 'changes_recommended', 'advised_against', 'withdrawn_by_agency')), CONSTRAINT "chk_registrations_type" CHECK ("type" IN ('survey_received', 'consultation_requested', 'consultation_decided')), CONSTRAINT "PK_6013e724d7b22929da9cd7282d1" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_registrations_source_applied_at" ON "registrations"  ("source_system", "applied_at") `,
      `CREATE INDEX "ix_registrations_applied_at" ON "registrations"  ("applied_at") `,
      `ALTER TABLE "field_reports" ADD CONSTRAINT "FK_71efff543c878e24d8c032ba5b6" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "field_reports" ADD CONSTRAINT "FK_017286fe3c0896bb7f4ff91ffc4" FOREIGN KEY ("local_authority_code") REFERENCES "local_authorities"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "idempotency_keys" ADD CONSTRAINT "FK_df33199f3504b21d6dfc3ae686d" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "registrations" ADD CONSTRAINT "FK_5c9b03206a3675d238f74ae80b3" FOREIGN KEY ("survey_id") REFERENCES "surveys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
      `ALTER TABLE "registrations" ADD CONSTRAINT "FK_62f8c78632871090c880f7c3437" FOREIGN KEY ("consultation_id") REFERENCES "consultations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE "registrations" DROP CONSTRAINT "FK_62f8c78632871090c880f7c3437"`,
      `ALTER TABLE "registrations" DROP CONSTRAINT "FK_5c9b03206a3675d238f74ae80b3"`,
      `ALTER TABLE "idempotency_keys" DROP CONSTRAINT "FK_df33199f3504b21d6dfc3ae686d"`,
      `ALTER TABLE "field_reports" DROP CONSTRAINT "FK_017286fe3c0896bb7f4ff91ffc4"`,
      `ALTER TABLE "field_reports" DROP CONSTRAINT "FK_71efff543c878e24d8c032ba5b6"`,
      `DROP INDEX "public"."ix_registrations_applied_at"`,
      `DROP INDEX "public"."ix_registrations_source_applied_at"`,
      `DROP TABLE "registrations"`,
      `DROP TABLE "idempotency_keys"`,
      `DROP INDEX "public"."ix_field_reports_authority"`,
      `DROP TABLE "field_reports"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
