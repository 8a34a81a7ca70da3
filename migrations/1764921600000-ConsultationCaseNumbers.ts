import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Consultations by SKR's case number: a registrar's decision finds its consultation by it,
 * and a batch asks for every item which surveys its case number reaches.
 */
export class ConsultationCaseNumbers1764921600000 implements MigrationInterface {
  name = 'ConsultationCaseNumbers1764921600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "ix_consultations_case_number" ON "consultations" ("skr_case_number", "requested_at") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_consultations_case_number"`);
  }
}
