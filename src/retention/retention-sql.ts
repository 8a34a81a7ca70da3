/**
 * Outbox events older than the cutoff whose every delivery has succeeded, oldest first, a
 * batch at a time; their deliveries and attempts go with them (ON DELETE CASCADE). Never an
 * event still waiting to be fanned out or delivered (a disabled subscription's backlog stays
 * for an admin to redeliver), and never the newest event, so that sequence numbers read from
 * the table keep growing.
 */
export const PRUNE_OUTBOX_EVENTS_SQL = `
WITH doomed AS (
  SELECT o.seq
  FROM outbox_events o
  WHERE o.occurred_at < $1
    AND o.seq < (SELECT max(seq) FROM outbox_events)
    AND NOT EXISTS (SELECT 1 FROM webhook_pending_events p WHERE p.seq = o.seq)
    AND NOT EXISTS (
      SELECT 1 FROM webhook_deliveries d WHERE d.event_seq = o.seq AND d.delivered_at IS NULL)
  ORDER BY o.seq
  LIMIT $2
), deleted AS (
  DELETE FROM outbox_events o USING doomed WHERE o.seq = doomed.seq RETURNING 1
)
SELECT count(*)::int AS count FROM deleted`;

/**
 * Idempotency keys older than the cutoff whose answer is recorded: a replay after this
 * applies the registration again, which its natural key (sourceSystem + externalId) turns
 * into an update rather than a duplicate.
 */
export const PRUNE_IDEMPOTENCY_KEYS_SQL = `
WITH doomed AS (
  SELECT api_key_id, idempotency_key
  FROM idempotency_keys
  WHERE created_at < $1 AND response_status IS NOT NULL
  LIMIT $2
), deleted AS (
  DELETE FROM idempotency_keys k USING doomed
  WHERE k.api_key_id = doomed.api_key_id AND k.idempotency_key = doomed.idempotency_key
  RETURNING 1
)
SELECT count(*)::int AS count FROM deleted`;
