import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey rounds notify on commit like the tables of PublicDataNotifications1764576000000: the
 * burden ledgers, kept in memory until their data changes, are computed from the rounds too.
 * Same function, channel and kind of trigger (one notification per statement at most).
 */
export class SurveyRoundsNotifications1764748800000 implements MigrationInterface {
  name = 'SurveyRoundsNotifications1764748800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TRIGGER "trg_survey_rounds_public_data" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "survey_rounds" FOR EACH STATEMENT EXECUTE FUNCTION "notify_public_data_changed"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "trg_survey_rounds_public_data" ON "survey_rounds"`);
  }
}
