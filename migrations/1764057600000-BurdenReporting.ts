import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the burden reports and the statistics (src/burden/burden-sql.ts,
 * src/statistics/statistics-sql.ts): no new tables, every figure is computed from the surveys
 * and their rounds when asked.
 *
 * No GIN index on surveys.recipient_codes: EXPLAIN ANALYZE on 20 000 surveys showed the reports
 * never use one. A municipality receives most surveys through "all municipalities", so the
 * period's range on sent_at is what narrows a ledger, and the listed codes are checked on the
 * rows that range finds.
 */
export class BurdenReporting1764057600000 implements MigrationInterface {
  name = 'BurdenReporting1764057600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      // Recurring collections sent before a period's end may have occurrences inside it.
      `CREATE INDEX "ix_surveys_recurring_sent_at" ON "surveys" ("sent_at") WHERE "recurrence" <> 'once'`,
      // Rounds recorded inside a period.
      `CREATE INDEX "ix_survey_rounds_sent_at" ON "survey_rounds" ("sent_at") `,
      // Avoided burden: withdrawals in a period.
      `CREATE INDEX "ix_surveys_withdrawn_at" ON "surveys" ("withdrawn_at") WHERE "status" = 'withdrawn'`,
      // Flag statistics per month.
      `CREATE INDEX "ix_flags_raised_at" ON "flags" ("raised_at") `,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const statements = [
      `DROP INDEX "public"."ix_flags_raised_at"`,
      `DROP INDEX "public"."ix_surveys_withdrawn_at"`,
      `DROP INDEX "public"."ix_survey_rounds_sent_at"`,
      `DROP INDEX "public"."ix_surveys_recurring_sent_at"`,
    ];
    for (const statement of statements) await queryRunner.query(statement);
  }
}
