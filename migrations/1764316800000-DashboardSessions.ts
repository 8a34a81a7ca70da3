import { MigrationInterface, QueryRunner } from 'typeorm';

/** Sessions of the SKR dashboard: the hash of the token, its API key, CSRF token and expiry. */
export class DashboardSessions1764316800000 implements MigrationInterface {
  name = 'DashboardSessions1764316800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE "dashboard_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "api_key_id" uuid NOT NULL, "csrf_token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_611ce320a648a5fb2b0087bb3ec" UNIQUE ("token_hash"), CONSTRAINT "chk_dashboard_sessions_expiry" CHECK ("expires_at" > "created_at"), CONSTRAINT "PK_09c60e2bedb298d55d575d12503" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_dashboard_sessions_expires_at" ON "dashboard_sessions"  ("expires_at") `,
      `CREATE INDEX "ix_dashboard_sessions_api_key" ON "dashboard_sessions"  ("api_key_id") `,
      `ALTER TABLE "dashboard_sessions" ADD CONSTRAINT "FK_595f72334fa4191483eb0fb9ae8" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE "dashboard_sessions" DROP CONSTRAINT "FK_595f72334fa4191483eb0fb9ae8"`,
      `DROP INDEX "public"."ix_dashboard_sessions_api_key"`,
      `DROP INDEX "public"."ix_dashboard_sessions_expires_at"`,
      `DROP TABLE "dashboard_sessions"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
