import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Registrar keys are bound to the source systems they serve. A registrar key that already
 * exists keeps the systems it has used: those of the registrations it applied last
 * (`registrations.applied_by_key_id`) and of every registration audit event it wrote (the
 * audit records each apply, also those another key's later update overwrote in the
 * registration row). A registrar key that never registered anything is bound to no system:
 * it can read and write nothing until an admin issues a key with its systems.
 */
export class RegistrarSourceSystems1765200000000 implements MigrationInterface {
  name = 'RegistrarSourceSystems1765200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD "source_systems" character varying(100) array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `UPDATE "api_keys" k SET "source_systems" = used.systems
         FROM (SELECT key_id, array_agg(DISTINCT source_system ORDER BY source_system) AS systems
                 FROM (SELECT "applied_by_key_id" AS key_id, "source_system"
                         FROM "registrations" WHERE "applied_by_key_id" IS NOT NULL
                       UNION
                       SELECT "actor_key_id", "changes"->>'sourceSystem'
                         FROM "audit_events"
                        WHERE "entity_type" = 'registration' AND "actor_key_id" IS NOT NULL
                          AND "changes" ? 'sourceSystem') AS applied
                GROUP BY key_id) AS used
        WHERE k."id" = used.key_id AND k."role" = 'registrar'`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "chk_api_keys_source_systems" CHECK ("role" = 'registrar' OR cardinality("source_systems") = 0)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "api_keys" DROP CONSTRAINT "chk_api_keys_source_systems"`);
    await queryRunner.query(`ALTER TABLE "api_keys" DROP COLUMN "source_systems"`);
  }
}
