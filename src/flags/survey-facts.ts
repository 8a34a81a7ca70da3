import { toBurdenInput } from '../surveys/survey.response';
import { estimatedHours } from '../burden/burden-rules';
import { Consultation } from '../consultations/consultation.entity';
import { NetworkReview } from '../network-reviews/network-review.entity';
import { Survey } from '../surveys/survey.entity';
import type { DuplicateCandidate, SurveyFacts } from './flag-rules';

/** Explicit mapping from what is stored to what the flag rules read. */
export function toSurveyFacts(
  survey: Survey,
  consultations: readonly Consultation[],
  reviews: readonly NetworkReview[],
  duplicateCandidates: DuplicateCandidate[],
  now: Date,
): SurveyFacts {
  const hasEstimate =
    survey.estimatedMinutesPerResponse !== null || survey.followUpInterviewCount !== null;
  return {
    agencyKind: survey.agency!.kind,
    status: survey.status,
    sentAt: survey.sentAt,
    plannedSendDate: survey.plannedSendDate,
    responseDeadline: survey.responseDeadline,
    consultationExemption: survey.exemptionGround
      ? { ground: survey.exemptionGround, note: survey.exemptionNote }
      : null,
    consultations: consultations.map((consultation) => ({
      id: consultation.id,
      requestedAt: consultation.requestedAt,
      completedAt: consultation.completedAt,
      outcome: consultation.outcome,
    })),
    networkReviews: reviews.map((review) => ({
      id: review.id,
      networkId: review.networkId,
      networkName: review.network?.name ?? review.networkId,
      meetingDate: review.meetingDate,
      decision: review.decision,
      recordedAt: review.createdAt,
    })),
    coverLetter: survey.coverLetter,
    voluntary: survey.voluntary,
    legalBasis: survey.legalBasis,
    contentChangedAt: survey.contentChangedAt,
    estimatedHours: hasEstimate ? estimatedHours(toBurdenInput(survey, survey.rounds ?? [])) : null,
    duplicateCandidates,
    now,
  };
}
