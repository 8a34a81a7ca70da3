import { analyseCoverLetter } from '../cover-letter/analyse-cover-letter';
import { FieldProblem, ValidationFailedError } from '../common/errors';
import { CreateSurveyDto } from './dto/create-survey.dto';
import { NON_NULLABLE_SURVEY_FIELDS, UpdateSurveyDto } from './dto/update-survey.dto';
import { Survey } from './survey.entity';

type Patch = Partial<CreateSurveyDto>;

function has<K extends keyof Patch>(patch: Patch, key: K): boolean {
  return patch[key] !== undefined;
}

function trimmedOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function assertNoNulls(input: UpdateSurveyDto): void {
  const problems: FieldProblem[] = NON_NULLABLE_SURVEY_FIELDS.filter(
    (field) => (input as Record<string, unknown>)[field] === null,
  ).map((field) => ({ field, problem: 'may be changed but not cleared' }));
  if (problems.length > 0) {
    throw new ValidationFailedError(
      problems.map((p) => `${p.field} ${p.problem}`).join('; '),
      problems,
    );
  }
}

/**
 * Copies the given fields of a create or update body onto the survey. Recipients and the
 * agency are checked by the caller, which knows the reference data.
 */
export function applySurveyInput(survey: Survey, input: Patch): void {
  if (has(input, 'agencyId')) survey.agencyId = input.agencyId!;
  if (has(input, 'title')) survey.title = input.title!.trim();
  if (has(input, 'purpose')) survey.purpose = trimmedOrNull(input.purpose);
  if (has(input, 'governmentAssignment')) {
    survey.governmentAssignment = trimmedOrNull(input.governmentAssignment);
  }
  if (has(input, 'targetRole')) survey.targetRole = trimmedOrNull(input.targetRole);
  if (has(input, 'mandate')) survey.mandate = input.mandate ?? null;
  if (has(input, 'collectionMethod')) survey.collectionMethod = input.collectionMethod!;
  if (has(input, 'questionCount')) survey.questionCount = input.questionCount ?? null;
  if (has(input, 'estimatedMinutesPerResponse')) {
    survey.estimatedMinutesPerResponse = input.estimatedMinutesPerResponse ?? null;
  }
  if (has(input, 'followUpInterviews')) {
    survey.followUpInterviewCount = input.followUpInterviews?.count ?? null;
    survey.followUpInterviewMinutes = input.followUpInterviews?.minutesEach ?? null;
  }
  if (has(input, 'recurrence')) survey.recurrence = input.recurrence!;
  if (has(input, 'occurrences')) survey.occurrences = input.occurrences!;
  if (has(input, 'voluntary')) survey.voluntary = input.voluntary ?? null;
  if (has(input, 'legalBasis')) survey.legalBasis = trimmedOrNull(input.legalBasis);
  if (has(input, 'sensitiveData')) survey.sensitiveData = input.sensitiveData!;
  if (has(input, 'plannedSendDate')) survey.plannedSendDate = input.plannedSendDate ?? null;
  if (has(input, 'responseDeadline')) {
    survey.responseDeadline = input.responseDeadline ? new Date(input.responseDeadline) : null;
  }
  if (has(input, 'coverLetterText')) {
    survey.coverLetterText = trimmedOrNull(input.coverLetterText);
    survey.coverLetter = survey.coverLetterText ? analyseCoverLetter(survey.coverLetterText) : null;
  }
  if (has(input, 'conductedBy')) survey.conductedBy = trimmedOrNull(input.conductedBy);
  if (has(input, 'consultationExemption')) {
    survey.exemptionGround = input.consultationExemption?.ground ?? null;
    survey.exemptionNote = trimmedOrNull(input.consultationExemption?.note);
  }
}

export function assertDeadlineAfterSend(survey: Survey): void {
  const sendTime =
    survey.sentAt ?? (survey.plannedSendDate ? new Date(survey.plannedSendDate) : null);
  if (survey.responseDeadline && sendTime && survey.responseDeadline <= sendTime) {
    throw new ValidationFailedError('responseDeadline must be after the send date', [
      { field: 'responseDeadline', problem: 'must be after sentAt / plannedSendDate' },
    ]);
  }
}
