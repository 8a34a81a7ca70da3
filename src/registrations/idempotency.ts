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
  return storeAnswersStatement(scope.apiKeyId, [{ key: scope.key, answer }]);
}

/** The same for several keys of one API key, as one statement. */
export function storeAnswersStatement(
  apiKeyId: string,
  answers: readonly { key: string; answer: StoredAnswer }[],
): SqlStatement {
  return {
    text: `UPDATE idempotency_keys k SET response_status = a.status, response_body = a.body
             FROM unnest($2::text[], $3::smallint[], $4::text[]) AS a(key, status, body)
            WHERE k.api_key_id = $1 AND k.idempotency_key = a.key`,
    values: [
      apiKeyId,
      answers.map(({ key }) => key),
      answers.map(({ answer }) => answer.status),
      answers.map(({ answer }) => answer.body),
    ],
  };
}

/**
 * Claims several keys of one API key in one statement (see claimIdempotencyKey): the keys
 * that were free, now held by this transaction. The others are left to claimIdempotencyKey,
 * which replays or refuses them.
 */
export async function claimIdempotencyKeys(
  manager: EntityManager,
  apiKeyId: string,
  claims: readonly { key: string; requestHash: string }[],
): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  const rows: { key: string }[] = await manager.query(
    `INSERT INTO idempotency_keys (api_key_id, idempotency_key, request_hash)
     SELECT $1, key, hash FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS c(key, hash, position)
      ORDER BY position
     ON CONFLICT DO NOTHING RETURNING idempotency_key AS key`,
    [apiKeyId, claims.map(({ key }) => key), claims.map(({ requestHash }) => requestHash)],
  );
  return new Set(rows.map((row) => row.key));
}

/** Gives back keys claimed in this transaction that will not be answered together after all. */
export async function releaseIdempotencyKeys(
  manager: EntityManager,
  apiKeyId: string,
  keys: readonly string[],
): Promise<void> {
  if (keys.length === 0) return;
  await manager.query(
    `DELETE FROM idempotency_keys
      WHERE api_key_id = $1 AND idempotency_key = ANY($2::text[]) AND response_status IS NULL`,
    [apiKeyId, keys],
  );
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
