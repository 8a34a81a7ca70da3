import type { DataSource } from 'typeorm';
import { scenario } from './scenario';
import type { TestApp } from './test-app';
import type { ExpectedEvent } from './webhook-receiver';

/**
 * One survey's life that emits every webhook event type: sent without consultation
 * (survey.sent, flag.raised), consulted late (consultation.completed), reviewed
 * (network_review.recorded), then a §3 ground claimed (flag.resolved, flag.raised).
 */
export async function surveyWithEvents(
  t: TestApp,
  agencyId: string,
  networkId: string,
  title: string,
): Promise<string> {
  const s = scenario(t);
  const survey = await s.survey(agencyId, { title });
  await s.send(survey.id, '2021-02-01T09:00:00+01:00');
  await s.consult(survey.id, '2021-01-20T10:00:00+01:00', {
    completedAt: '2021-02-03T10:00:00+01:00',
    outcome: 'no_objection',
  });
  await s.review(survey.id, networkId, '2021-02-10', 'noted');
  await s.patch(survey.id, {
    consultationExemption: { ground: 'time_did_not_permit', note: 'Kort tid' },
  });
  return survey.id;
}

/** The outbox events a subscription is owed: after its start, of its types, in seq order. */
export async function eventsOwed(
  dataSource: DataSource,
  subscriptionId: string,
): Promise<ExpectedEvent[]> {
  return dataSource.query(
    `SELECT o.id, o.survey_id, o.seq::text AS seq, o.type
       FROM outbox_events o JOIN webhook_subscriptions s ON s.id = $1
      WHERE o.seq > s.start_seq AND o.type = ANY (s.events)
      ORDER BY o.seq`,
    [subscriptionId],
  );
}
