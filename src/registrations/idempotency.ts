import { EntityManager } from 'typeorm';
import type { SqlStatement } from '../database/combined-writes';
import { ConflictError, IdempotencyKeyReusedError, ValidationFailedError } from '../common/errors';

/** An answer as it went out: replayed byte for byte. */
export interface StoredAnswer {
  status: number;
  body: string;
}

export type Claim = { fresh: true } | { fresh: false; answer: StoredAnswer };

/**
 * Claims an Idempotency-Key inside the transaction that will make the change. The INSERT
 * takes the key's row lock: a concurrent request with the same key waits in its own INSERT
 * until this transaction ends, then finds the stored answer (or, after a rollback, claims the
 * key itself). Only successful answers are stored, with the change, so a request that failed
 * may be corrected and sent again under the same key.
 */
export async function claimIdempotencyKey(
  manager: EntityManager,
  scope: { apiKeyId: string; key: string; requestHash: string },
): Promise<Claim> {
  const claimed: unknown[] = await manager.query(
    `INSERT INTO idempotency_keys (api_key_id, idempotency_key, request_hash) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING 1 AS claimed`,
    [scope.apiKeyId, scope.key, scope.requestHash],
  );
  if (claimed.length === 1) return { fresh: true };
  const rows: {
    request_hash: string;
    response_status: number | null;
    response_body: string | null;
  }[] = await manager.query(
    `SELECT request_hash, response_status, response_body FROM idempotency_keys
        WHERE api_key_id = $1 AND idempotency_key = $2 FOR UPDATE`,
    [scope.apiKeyId, scope.key],
  );
  const row = rows[0];
  if (!row || row.response_status === null || row.response_body === null) {
    throw new ConflictError(
      'The Idempotency-Key is in use by a request still running; retry',
      'CONCURRENT_UPDATE',
    );
  }
  if (row.request_hash !== scope.requestHash) {
    throw new IdempotencyKeyReusedError(
      'This Idempotency-Key was used with a different body; use a new key for a new registration',
      [{ field: 'Idempotency-Key', problem: 'already used with a different body' }],
    );
  }
  return { fresh: false, answer: { status: row.response_status, body: row.response_body } };
}

/** The UPDATE that stores the answer with its key, for `runWrites` with the change's rows. */
export function storeAnswerStatement(
  scope: { apiKeyId: string; key: string },
  answer: StoredAnswer,
): SqlStatement {
  return {
    text: `UPDATE idempotency_keys SET response_status = $3, response_body = $4
            WHERE api_key_id = $1 AND idempotency_key = $2`,
    values: [scope.apiKeyId, scope.key, answer.status, answer.body],
  };
}

export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** The Idempotency-Key header: required, 1–200 characters. */
export function parseIdempotencyKey(header: string | undefined): string {
  if (header === undefined || header.length === 0 || header.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new ValidationFailedError(
      `The Idempotency-Key header is required, 1–${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
      [{ field: 'Idempotency-Key', problem: `must be 1–${MAX_IDEMPOTENCY_KEY_LENGTH} characters` }],
    );
  }
  return header;
}
