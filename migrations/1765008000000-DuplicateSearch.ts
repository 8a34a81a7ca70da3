import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the duplicate search and the matching of reports and registrations read less of.
 *
 * The date a survey is compared by (sent, else planned, else registered), stored and indexed
 * after its agency: the searches look for an agency's surveys within days of a date, and now
 * read only those instead of every survey the agency ever had (and no longer convert a
 * planned date for each row they read). Kept by a trigger, like the title's trigrams. A
 * planned date counts from midnight in the session's time zone, as the searches computed it.
 *
 * `trigrams_may_be_similar(a, b, t)`: whether two trigram sets can reach similarity t, with
 * one intersection where the similarity takes two. n ÷ (|a| + |b| − n) ≥ t, with n the
 * trigrams shared, needs (1 + t)·n ≥ t·(|a| + |b|); a little slack keeps rounding from
 * refusing a pair exactly at t. Never false where the similarity reaches t.
 */
export class DuplicateSearch1765008000000 implements MigrationInterface {
  name = 'DuplicateSearch1765008000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "surveys" ADD "dated_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE FUNCTION "surveys_dated_at"() RETURNS trigger LANGUAGE plpgsql
       AS $$ BEGIN
         NEW.dated_at := COALESCE(NEW.sent_at, NEW.planned_send_date::timestamptz, NEW.created_at);
         RETURN NEW;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "trg_surveys_dated_at" BEFORE INSERT OR UPDATE OF "sent_at", "planned_send_date", "created_at" ON "surveys" FOR EACH ROW EXECUTE FUNCTION "surveys_dated_at"()`,
    );
    await queryRunner.query(
      `UPDATE "surveys" SET "dated_at" = COALESCE("sent_at", "planned_send_date"::timestamptz, "created_at")`,
    );
    await queryRunner.query(`ALTER TABLE "surveys" ALTER COLUMN "dated_at" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."ix_surveys_agency"`);
    await queryRunner.query(
      `CREATE INDEX "ix_surveys_agency_dated_at" ON "surveys" ("agency_id", "dated_at") `,
    );
    await queryRunner.query(
      `CREATE FUNCTION "trigrams_may_be_similar"(a integer[], b integer[], threshold real) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
       AS $$ SELECT (1 + threshold) * icount(a & b) + 0.001 >= threshold * (icount(a) + icount(b)) $$`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION "trigrams_may_be_similar"(integer[], integer[], real)`);
    await queryRunner.query(`DROP INDEX "public"."ix_surveys_agency_dated_at"`);
    await queryRunner.query(`CREATE INDEX "ix_surveys_agency" ON "surveys" ("agency_id") `);
    await queryRunner.query(`DROP TRIGGER "trg_surveys_dated_at" ON "surveys"`);
    await queryRunner.query(`DROP FUNCTION "surveys_dated_at"()`);
    await queryRunner.query(`ALTER TABLE "surveys" DROP COLUMN "dated_at"`);
  }
}
