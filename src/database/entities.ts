import { Agency } from '../agencies/agency.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { ApiKey } from '../auth/api-key.entity';
import { LocalAuthority } from '../local-authorities/local-authority.entity';
import { Network } from '../networks/network.entity';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { SurveyReferenceCounter } from '../surveys/survey-reference-counter.entity';
import { SurveyRound } from '../surveys/survey-round.entity';
import { Survey } from '../surveys/survey.entity';
import { BlackoutPeriod } from '../blackout-periods/blackout-period.entity';
import { Consultation } from '../consultations/consultation.entity';
import { Flag } from '../flags/flag.entity';
import { JobRun } from '../flags/job-run.entity';
import { NetworkReview } from '../network-reviews/network-review.entity';
import { FieldReport } from '../reports/field-report.entity';
import { IdempotencyKey } from '../registrations/idempotency-key.entity';
import { Registration } from '../registrations/registration.entity';
import { FirstRunToken } from '../first-run/first-run-token.entity';
import { Session } from '../sessions/session.entity';
import { User } from '../users/user.entity';
import { WebhookAttempt } from '../webhooks/webhook-attempt.entity';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity';
import { WebhookPendingEvent } from '../webhooks/webhook-pending-event.entity';
import { WebhookSubscription } from '../webhooks/webhook-subscription.entity';

/** Listed by hand: a glob would pick up whatever happens to lie in the build folder. */
export const ENTITIES = [
  LocalAuthority,
  Agency,
  Network,
  ApiKey,
  Survey,
  SurveyRound,
  SurveyReferenceCounter,
  AuditEvent,
  OutboxEvent,
  Consultation,
  NetworkReview,
  Flag,
  BlackoutPeriod,
  JobRun,
  FieldReport,
  Registration,
  IdempotencyKey,
  WebhookSubscription,
  WebhookPendingEvent,
  WebhookDelivery,
  WebhookAttempt,
  User,
  Session,
  FirstRunToken,
];
