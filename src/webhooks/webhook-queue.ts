import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryRunner } from 'typeorm';
import type { OutboxEventType } from '../outbox/outbox-event.entity';

/** A delivery leased to this instance, with what is needed to send it. */
export interface ClaimedDelivery {
  id: string;
  subscriptionId: string;
  surveyId: string | null;
  /** Attempts made before this one. */
  attemptCount: number;
  eventId: string;
  eventType: OutboxEventType;
  occurredAt: Date;
  data: Record<string, unknown>;
  url: string;
  secret: string;
}

export interface AttemptOutcome {
  delivery: ClaimedDelivery;
  startedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  succeeded: boolean;
  /** When a failed delivery is tried again (computed with back-off and jitter). */
  nextAttemptAt: Date;
}

export interface FailurePolicy {
  maxFailures: number;
  /** The wait before probing a failing subscription again, by its failures in a row. */
  subscriptionBackoffMs(consecutiveFailures: number): number;
}

interface ClaimRow {
  id: string;
  subscription_id: string;
  survey_id: string | null;
  attempt_count: number;
  event_id: string;
  type: OutboxEventType;
  occurred_at: Date;
  data: Record<string, unknown>;
  url: string;
  secret: string;
}

/**
 * The dispatcher's transactions stand back from schema changes and TRUNCATE rather than
 * deadlock with them (they give up before the deadlock detector would pick a victim).
 * One round trip: the simple query protocol takes both statements.
 */
const BEGIN = `BEGIN; SET LOCAL lock_timeout = '500ms'`;

const FAN_OUT_BATCH = 1_000;

/** Serialises fan-out across instances, so deliveries of one survey are created in seq order. */
const FAN_OUT_LOCK = `SELECT pg_try_advisory_xact_lock(hashtext('enkatkollen.webhooks.fan-out')) AS locked`;

const FAN_OUT = `
  WITH taken AS (
    DELETE FROM webhook_pending_events
     WHERE seq IN (SELECT seq FROM webhook_pending_events ORDER BY seq LIMIT $1)
    RETURNING seq
  ), created AS (
    INSERT INTO webhook_deliveries
           (subscription_id, event_seq, event_id, event_type, survey_id, next_attempt_at)
    SELECT s.id, o.seq, o.id, o.type, o.survey_id, now()
      FROM taken t
      JOIN outbox_events o ON o.seq = t.seq
      JOIN webhook_subscriptions s ON o.type = ANY (s.events) AND o.seq > s.start_seq
     ORDER BY o.seq
    ON CONFLICT (subscription_id, event_seq) DO NOTHING
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM taken)::int AS taken, (SELECT count(*) FROM created)::int AS created`;

/** An undelivered delivery of the same (subscription, survey) with a lower seq exists. */
const BLOCKED_BY_EARLIER = (alias: string) => `EXISTS (
        SELECT 1 FROM webhook_deliveries p
         WHERE p.subscription_id = ${alias}.subscription_id
           AND p.survey_id = ${alias}.survey_id
           AND p.delivered_at IS NULL
           AND p.event_seq < ${alias}.event_seq)`;

/**
 * Due deliveries, heads of their (subscription, survey) queues only, so one survey's events go
 * out one at a time and in order while different surveys go in parallel. A failing
 * subscription gets a single probe at a time. SKIP LOCKED keeps instances off each other's
 * rows; the lease (locked_until) keeps them off rows being sent after the claim commits.
 */
const CLAIM = `
  WITH claimable AS (
    SELECT d.id
      FROM webhook_deliveries d
      JOIN webhook_subscriptions s ON s.id = d.subscription_id
     WHERE d.delivered_at IS NULL
       AND d.next_attempt_at <= now()
       AND (d.locked_until IS NULL OR d.locked_until < now())
       AND s.disabled_at IS NULL
       AND (s.retry_at IS NULL OR s.retry_at <= now())
       AND NOT ${BLOCKED_BY_EARLIER('d')}
       AND ($4::uuid IS NULL OR (d.subscription_id = $4 AND d.survey_id = $5::uuid))
       AND (s.consecutive_failures = 0 OR (
             NOT EXISTS (SELECT 1 FROM webhook_deliveries l
                          WHERE l.subscription_id = s.id AND l.delivered_at IS NULL
                            AND l.locked_until >= now())
             AND d.id = (SELECT q.id FROM webhook_deliveries q
                          WHERE q.subscription_id = s.id AND q.delivered_at IS NULL
                            AND q.next_attempt_at <= now()
                            AND NOT ${BLOCKED_BY_EARLIER('q')}
                          ORDER BY q.next_attempt_at, q.event_seq
                          LIMIT 1)))
     ORDER BY d.next_attempt_at, d.event_seq
     LIMIT $1
     FOR UPDATE OF d SKIP LOCKED
  )
  UPDATE webhook_deliveries w
     SET locked_until = now() + make_interval(secs => $3::float8 / 1000), locked_by = $2
    FROM claimable c, outbox_events o, webhook_subscriptions s
   WHERE w.id = c.id AND o.seq = w.event_seq AND s.id = w.subscription_id
  RETURNING w.id, w.subscription_id, w.survey_id, w.attempt_count,
            o.id AS event_id, o.type, o.occurred_at, o.data, s.url, s.secret`;

const RECORD_SUCCESS = `
  WITH delivery AS (
    UPDATE webhook_deliveries
       SET delivered_at = COALESCE(delivered_at, $2), attempt_count = attempt_count + 1,
           last_attempt_at = $2, last_status_code = $3, last_error = NULL,
           locked_until = NULL, locked_by = NULL
     WHERE id = $1
    RETURNING id, attempt_count
  ), attempt AS (
    INSERT INTO webhook_attempts
           (delivery_id, attempt, attempted_at, duration_ms, status_code, error, succeeded)
    SELECT id, attempt_count, $2, $4, $3, NULL, true FROM delivery
  ), subscription AS (
    UPDATE webhook_subscriptions SET consecutive_failures = 0, retry_at = NULL
     WHERE id = $5 AND (consecutive_failures <> 0 OR retry_at IS NOT NULL)
  )
  SELECT count(*)::int AS n FROM delivery`;

const RECORD_FAILED_DELIVERY = `
  WITH delivery AS (
    UPDATE webhook_deliveries
       SET attempt_count = attempt_count + 1, last_attempt_at = $2, last_status_code = $3,
           last_error = $4, next_attempt_at = $6,
           locked_until = NULL, locked_by = NULL
     WHERE id = $1 AND delivered_at IS NULL AND locked_by = $7
    RETURNING id
  )
  INSERT INTO webhook_attempts
         (delivery_id, attempt, attempted_at, duration_ms, status_code, error, succeeded)
  SELECT $1, $8, $2, $5, $3, $4, false
   WHERE EXISTS (SELECT 1 FROM webhook_deliveries WHERE id = $1)`;

@Injectable()
export class WebhookQueue {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Turns committed outbox events into deliveries (unless another instance is doing that
   * right now), then leases up to `limit` due deliveries to this instance. One transaction,
   * so a new event's delivery can go out in the same round.
   */
  fanOutAndClaim(limit: number, instanceId: string, leaseMs: number): Promise<ClaimedDelivery[]> {
    return this.inTransaction(async (runner) => {
      const [{ locked }]: { locked: boolean }[] = await runner.query(FAN_OUT_LOCK);
      if (locked) await runner.query(FAN_OUT, [FAN_OUT_BATCH]);
      if (limit === 0) return [];
      return this.claim(runner, limit, instanceId, leaseMs, null);
    });
  }

  /**
   * Writes an attempt's outcome; a failure may put the subscription into back-off or disable
   * it. After a success, `next` leases the survey's following delivery when it is due, so a
   * survey's events follow each other without waiting for the dispatcher's next round.
   */
  record(
    outcome: AttemptOutcome,
    instanceId: string,
    policy: FailurePolicy,
    next: { leaseMs: number } | null,
  ): Promise<ClaimedDelivery | null> {
    return this.inTransaction(async (runner) => {
      const { delivery } = outcome;
      if (outcome.succeeded) {
        await runner.query(RECORD_SUCCESS, [
          delivery.id,
          outcome.startedAt,
          outcome.statusCode,
          outcome.durationMs,
          delivery.subscriptionId,
        ]);
        if (!next || delivery.surveyId === null) return null;
        const [following] = await this.claim(runner, 1, instanceId, next.leaseMs, delivery);
        return following ?? null;
      }
      await runner.query(RECORD_FAILED_DELIVERY, [
        delivery.id,
        outcome.startedAt,
        outcome.statusCode,
        outcome.error,
        outcome.durationMs,
        outcome.nextAttemptAt,
        instanceId,
        delivery.attemptCount + 1,
      ]);
      await this.countFailure(runner, outcome, policy);
      return null;
    });
  }

  private async claim(
    runner: QueryRunner,
    limit: number,
    instanceId: string,
    leaseMs: number,
    after: ClaimedDelivery | null,
  ): Promise<ClaimedDelivery[]> {
    const [rows]: [ClaimRow[], number] = await runner.query(CLAIM, [
      limit,
      instanceId,
      leaseMs,
      after?.subscriptionId ?? null,
      after?.surveyId ?? null,
    ]);
    return rows.map((row) => ({
      id: row.id,
      subscriptionId: row.subscription_id,
      surveyId: row.survey_id,
      attemptCount: row.attempt_count,
      eventId: row.event_id,
      eventType: row.type,
      occurredAt: row.occurred_at,
      data: row.data,
      url: row.url,
      secret: row.secret,
    }));
  }

  /**
   * Counts a failure against the subscription unless it was already backing off when the
   * attempt started: attempts that were in flight together when a receiver went down count
   * once, and afterwards each probe counts one.
   */
  private async countFailure(
    runner: QueryRunner,
    outcome: AttemptOutcome,
    policy: FailurePolicy,
  ): Promise<void> {
    const rows: { consecutive_failures: number; retry_at: Date | null }[] = await runner.query(
      `SELECT consecutive_failures, retry_at FROM webhook_subscriptions
        WHERE id = $1 AND disabled_at IS NULL FOR UPDATE`,
      [outcome.delivery.subscriptionId],
    );
    if (rows.length === 0) return;
    const { consecutive_failures: failures, retry_at: retryAt } = rows[0];
    if (retryAt && retryAt > outcome.startedAt) return;
    const count = failures + 1;
    const now = new Date();
    if (count >= policy.maxFailures) {
      const reason = `Disabled after ${count} failed attempts in a row; the last: ${
        outcome.error ?? `HTTP ${outcome.statusCode}`
      }`.slice(0, 600);
      await runner.query(
        `UPDATE webhook_subscriptions
            SET consecutive_failures = $2, retry_at = NULL, disabled_at = $3,
                disabled_reason = $4, last_failure_at = $3
          WHERE id = $1`,
        [outcome.delivery.subscriptionId, count, now, reason],
      );
      return;
    }
    await runner.query(
      `UPDATE webhook_subscriptions
          SET consecutive_failures = $2, retry_at = $3, last_failure_at = $4
        WHERE id = $1`,
      [
        outcome.delivery.subscriptionId,
        count,
        new Date(now.getTime() + policy.subscriptionBackoffMs(count)),
        now,
      ],
    );
  }

  private async inTransaction<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(BEGIN);
      const result = await work(runner);
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      await runner.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner.release();
    }
  }
}
