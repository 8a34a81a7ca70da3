import { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables the public lookup and pages read from. */
const PUBLIC_TABLES = ['surveys', 'agencies', 'consultations', 'network_reviews', 'networks'];

/**
 * Tells listeners on commit that what the public sees may have changed, whoever changed it,
 * so that cached lookup answers are dropped. Statement triggers: one notification per
 * statement at most, and PostgreSQL folds repeated ones of a transaction into one. Entities
 * cannot express triggers, so the schema diff does not see them; the lookup specs do.
 */
export class PublicDataNotifications1764576000000 implements MigrationInterface {
  name = 'PublicDataNotifications1764576000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "notify_public_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('public_data_changed', '');
         RETURN NULL;
       END
       $$`);
    for (const table of PUBLIC_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "trg_${table}_public_data" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "notify_public_data_changed"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of PUBLIC_TABLES) {
      await queryRunner.query(`DROP TRIGGER "trg_${table}_public_data" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "notify_public_data_changed"()`);
  }
}
