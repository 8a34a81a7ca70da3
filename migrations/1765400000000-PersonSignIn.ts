import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People sign in as themselves: person accounts, their sessions (replacing the dashboard's
 * sessions of an API key, which end), and audit events that name the person. Old events keep
 * their key (or the system) as actor; their name is taken from the label "role:name".
 */
export class PersonSignIn1765400000000 implements MigrationInterface {
  name = 'PersonSignIn1765400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP TABLE "dashboard_sessions"`,
      `CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "email" character varying(320) NOT NULL, "role" character varying(20) NOT NULL, "network_id" uuid, "agency_id" uuid, "active" boolean NOT NULL DEFAULT true, "password_hash" character varying(255), "last_sign_in_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "chk_users_agency" CHECK (("role" = 'agency') = ("agency_id" IS NOT NULL)), CONSTRAINT "chk_users_network" CHECK (("role" = 'network') = ("network_id" IS NOT NULL)), CONSTRAINT "chk_users_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "chk_users_role" CHECK ("role" IN ('admin', 'skr', 'network', 'agency')), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_users_agency" ON "users"  ("agency_id") `,
      `CREATE INDEX "ix_users_network" ON "users"  ("network_id") `,
      `CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "csrf_token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_abaa9e068cdd390bc5210f79884" UNIQUE ("token_hash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_sessions_user" ON "sessions"  ("user_id") `,
      `ALTER TABLE "audit_events" ADD "actor_user_id" uuid`,
      `ALTER TABLE "audit_events" ADD "actor_name" character varying(250)`,
      `UPDATE "audit_events" SET "actor_name" = CASE WHEN "actor_key_id" IS NOT NULL AND position(':' in "actor") > 0 THEN substring("actor" from position(':' in "actor") + 1) ELSE "actor" END`,
      `ALTER TABLE "audit_events" ALTER COLUMN "actor_name" SET NOT NULL`,
      `ALTER TABLE "audit_events" ADD "actor_email" character varying(320)`,
      `ALTER TABLE "users" ADD CONSTRAINT "FK_3aa3456c015cd800a734f522d27" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "users" ADD CONSTRAINT "FK_6fdb3282cea9ba5877ab476aa76" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_085d540d9f418cfbdc7bd55bb19" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `ALTER TABLE "audit_events" DROP COLUMN "actor_email"`,
      `ALTER TABLE "audit_events" DROP COLUMN "actor_name"`,
      `ALTER TABLE "audit_events" DROP COLUMN "actor_user_id"`,
      `DROP TABLE "sessions"`,
      `DROP TABLE "users"`,
      `CREATE TABLE "dashboard_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "api_key_id" uuid NOT NULL, "csrf_token" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_611ce320a648a5fb2b0087bb3ec" UNIQUE ("token_hash"), CONSTRAINT "chk_dashboard_sessions_expiry" CHECK ("expires_at" > "created_at"), CONSTRAINT "PK_09c60e2bedb298d55d575d12503" PRIMARY KEY ("id"))`,
      `CREATE INDEX "ix_dashboard_sessions_expires_at" ON "dashboard_sessions"  ("expires_at") `,
      `CREATE INDEX "ix_dashboard_sessions_api_key" ON "dashboard_sessions"  ("api_key_id") `,
      `ALTER TABLE "dashboard_sessions" ADD CONSTRAINT "FK_595f72334fa4191483eb0fb9ae8" FOREIGN KEY ("api_key_id") REFERENCES "api_keys"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
