import { MigrationInterface, QueryRunner } from 'typeorm';

/** One-time links that create the first administrator (hashes only). */
export class FirstRunTokens1765400000001 implements MigrationInterface {
  name = 'FirstRunTokens1765400000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "first_run_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_f87305b915e0ba4718ccf07a360" UNIQUE ("token_hash"), CONSTRAINT "PK_910727f5c25921a69fed3786d8f" PRIMARY KEY ("id"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "first_run_tokens"`);
  }
}
