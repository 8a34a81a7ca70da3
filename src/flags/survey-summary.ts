import type { ConsultationStatus } from '../surveys/survey-enums';

interface ConsultationLike {
  requestedAt: Date;
  completedAt: Date | null;
  outcome: string | null;
}

interface ReviewLike {
  meetingDate: string;
  createdAt: Date;
  decision: string;
}

export interface SurveySummary {
  consultationStatus: ConsultationStatus;
  skrOutcome: string | null;
  networkDecision: string | null;
}

/** The latest completed consultation counts: a revised survey is consulted again. */
export function latestCompleted<T extends ConsultationLike>(consultations: readonly T[]): T | null {
  return consultations
    .filter((consultation) => consultation.completedAt !== null)
    .reduce<T | null>(
      (latest, consultation) =>
        !latest || consultation.completedAt! >= latest.completedAt! ? consultation : latest,
      null,
    );
}

export function latestReview<T extends ReviewLike>(reviews: readonly T[]): T | null {
  return reviews.reduce<T | null>((latest, review) => {
    if (!latest) return review;
    if (review.meetingDate !== latest.meetingDate) {
      return review.meetingDate > latest.meetingDate ? review : latest;
    }
    return review.createdAt >= latest.createdAt ? review : latest;
  }, null);
}

/** What a survey shows of its consultations and reviews: derived, never entered. */
export function summariseSurvey(
  consultations: readonly ConsultationLike[],
  reviews: readonly ReviewLike[],
): SurveySummary {
  const completed = latestCompleted(consultations);
  return {
    consultationStatus: completed ? 'completed' : consultations.length > 0 ? 'requested' : 'none',
    skrOutcome: completed?.outcome ?? null,
    networkDecision: latestReview(reviews)?.decision ?? null,
  };
}
