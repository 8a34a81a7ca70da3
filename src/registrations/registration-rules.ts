import type { FieldProblem } from '../common/errors';
import type { CreateSurveyDto } from '../surveys/dto/create-survey.dto';
import type { RegistrationType } from './registration-types';

/** Decisions about registrations, over plain data. */

/** Where to look for the survey a registration is about, in order. */
export type SurveyLookup = 'reference' | 'earlier_registration' | 'case_number' | 'similar_title';

export interface RegistrationPlan {
  surveyLookups: readonly SurveyLookup[];
  /** No survey found: register one as a draft, or refuse (there is nothing to decide). */
  whenNoSurvey: 'create_draft' | 'refuse';
  /** The registration's title becomes the survey's (only for the survey's own record). */
  setsTitle: boolean;
  consultation: 'none' | 'request' | 'decide';
}

/**
 * What each type does.
 * - survey_received: the registrar's record of a survey. It is the survey named by reference
 *   or by this registration's earlier version; else a new draft. It never merges into another
 *   survey by a similar title: that guess is for the field, not for a registrar's own record.
 * - consultation_requested: a consultation on the survey (reference, earlier version, else
 *   the agency's survey with a similar title around registeredAt, else a new draft).
 * - consultation_decided: completes that consultation (also found by SKR's case number);
 *   without one there is nothing to decide.
 */
export function planRegistration(type: RegistrationType): RegistrationPlan {
  switch (type) {
    case 'survey_received':
      return {
        surveyLookups: ['reference', 'earlier_registration'],
        whenNoSurvey: 'create_draft',
        setsTitle: true,
        consultation: 'none',
      };
    case 'consultation_requested':
      return {
        surveyLookups: ['reference', 'earlier_registration', 'similar_title'],
        whenNoSurvey: 'create_draft',
        setsTitle: false,
        consultation: 'request',
      };
    case 'consultation_decided':
      return {
        surveyLookups: ['reference', 'earlier_registration', 'case_number', 'similar_title'],
        whenNoSurvey: 'refuse',
        setsTitle: false,
        consultation: 'decide',
      };
  }
}

/** The checks that span fields: a decision belongs to consultation_decided, and only there. */
export function registrationProblems(input: {
  type: RegistrationType;
  decision?: string;
}): FieldProblem[] {
  if (input.type === 'consultation_decided' && input.decision === undefined) {
    return [{ field: 'decision', problem: 'is required when type is consultation_decided' }];
  }
  if (input.type !== 'consultation_decided' && input.decision !== undefined) {
    return [{ field: 'decision', problem: 'is only allowed when type is consultation_decided' }];
  }
  return [];
}

/**
 * A survey known only from a registrar: a draft (a registrar's record shows that SKR heard of
 * it, not that it was sent), with the recipients most state surveys have, all 290
 * municipalities, and the method not known. SKR completes it; only the send date is missing
 * for the consultation flags to run.
 */
export function draftFromRegistration(agencyId: string, title: string): CreateSurveyDto {
  return {
    agencyId,
    title: title.trim(),
    collectionMethod: 'other',
    recipientScope: 'all_municipalities',
  };
}

export interface ConsultationCandidate {
  id: string;
  requestedAt: Date;
  completedAt: Date | null;
}

/** Of a survey's consultations, the one a decision completes: the latest open one, else the latest. */
export function consultationToDecide(
  consultations: readonly ConsultationCandidate[],
): ConsultationCandidate | null {
  const latestFirst = [...consultations].sort(
    (a, b) => b.requestedAt.getTime() - a.requestedAt.getTime(),
  );
  return latestFirst.find((c) => c.completedAt === null) ?? latestFirst[0] ?? null;
}

/**
 * The consultation a registration concerns, among its survey's: the one its earlier version
 * pointed to, else one with the same SKR case number, else (for a decision) the latest open one,
 * else the latest.
 */
export function chooseConsultation(
  consultations: readonly (ConsultationCandidate & { skrCaseNumber: string | null })[],
  hints: { earlierId: string | null; caseNumber: string | null; orLatest: boolean },
): ConsultationCandidate | null {
  const earlier = consultations.find((c) => c.id === hints.earlierId);
  if (earlier) return earlier;
  const sameCase = hints.caseNumber
    ? consultations
        .filter((c) => c.skrCaseNumber === hints.caseNumber)
        .sort((a, b) => b.requestedAt.getTime() - a.requestedAt.getTime())[0]
    : undefined;
  if (sameCase) return sameCase;
  return hints.orLatest ? consultationToDecide(consultations) : null;
}
