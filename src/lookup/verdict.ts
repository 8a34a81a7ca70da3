import { type AgencyKind, isBoundByOrdinance } from '../agencies/agency-kind';
import { stockholmDate } from '../calendar/working-days';
import type { SurveyStatus } from '../surveys/survey-enums';

/** What the public lookup says about SKR consultation under SFS 1982:668 §3. */
export const VERDICTS = [
  'consulted',
  'consulted_advised_against',
  'not_consulted',
  'not_required',
  'unknown',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface CompletedConsultationFact {
  completedAt: Date;
  outcome: string | null;
}

export interface VerdictFacts {
  agencyKind: AgencyKind;
  status: SurveyStatus;
  sentAt: Date | null;
  /** Completed consultations only; for equal completion times the later in the list wins. */
  completedConsultations: readonly CompletedConsultationFact[];
}

/** The consultation completed last, or null; stable for equal times. */
export function latestCompletedConsultation<T extends CompletedConsultationFact>(
  consultations: readonly T[],
): T | null {
  return consultations.reduce<T | null>(
    (latest, consultation) =>
      !latest || consultation.completedAt.getTime() >= latest.completedAt.getTime()
        ? consultation
        : latest,
    null,
  );
}

/**
 * Compared by Stockholm day, as the flag rules do: a consultation finished on the send day
 * counts as done before sending (Socialstyrelsen, 2021-04-06). A survey that never went out
 * (withdrawn) was consulted if any consultation was completed; without one it is unknown,
 * since nothing was sent that needed it.
 */
export function consultationVerdict(facts: VerdictFacts): Verdict {
  if (!isBoundByOrdinance(facts.agencyKind)) return 'not_required';
  if (facts.status === 'draft') return 'unknown';
  const sentAt = facts.status === 'sent' || facts.status === 'closed' ? facts.sentAt : null;
  const sentOn = sentAt ? stockholmDate(sentAt) : null;
  const counted = sentOn
    ? facts.completedConsultations.filter(({ completedAt }) => stockholmDate(completedAt) <= sentOn)
    : facts.completedConsultations;
  const latest = latestCompletedConsultation(counted);
  if (latest)
    return latest.outcome === 'advised_against' ? 'consulted_advised_against' : 'consulted';
  return sentOn ? 'not_consulted' : 'unknown';
}
