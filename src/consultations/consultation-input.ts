import { ValidationFailedError } from '../common/errors';
import { Consultation } from './consultation.entity';
import { UpdateConsultationDto } from './dto/update-consultation.dto';

function trimmedOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Applies a PATCH; a consultation is completed exactly when it has both a date and an outcome. */
export function applyConsultationInput(consultation: Consultation, input: UpdateConsultationDto) {
  if (input.completedAt !== undefined) {
    consultation.completedAt = input.completedAt ? new Date(input.completedAt) : null;
  }
  if (input.outcome !== undefined) consultation.outcome = input.outcome ?? null;
  if (input.topicsCovered !== undefined) consultation.topicsCovered = input.topicsCovered;
  if (input.note !== undefined) consultation.note = trimmedOrNull(input.note);
  if (input.skrCaseNumber !== undefined)
    consultation.skrCaseNumber = trimmedOrNull(input.skrCaseNumber);
  if (input.handler !== undefined) consultation.handler = trimmedOrNull(input.handler);
  if (input.departmentHeadReview !== undefined) {
    const review = input.departmentHeadReview;
    consultation.departmentHeadReviewedAt = review ? new Date(review.reviewedAt) : null;
    consultation.departmentHeadReviewer = review ? review.reviewer.trim() : null;
    consultation.departmentHeadAgrees = review ? review.agrees : null;
    consultation.departmentHeadNote = trimmedOrNull(review?.note);
  }
  assertConsistent(consultation);
}

function assertConsistent(consultation: Consultation): void {
  if ((consultation.completedAt === null) !== (consultation.outcome === null)) {
    const missing = consultation.completedAt === null ? 'completedAt' : 'outcome';
    throw new ValidationFailedError('completedAt and outcome are set together', [
      { field: missing, problem: 'is required when the consultation is completed' },
    ]);
  }
  if (consultation.completedAt && consultation.completedAt < consultation.requestedAt) {
    throw new ValidationFailedError('completedAt is before requestedAt', [
      { field: 'completedAt', problem: 'must not be before requestedAt' },
    ]);
  }
}
