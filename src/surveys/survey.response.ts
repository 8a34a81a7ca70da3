import { ApiProperty } from '@nestjs/swagger';
import { estimatedHours, realizedHours, roundHours } from '../burden/burden-rules';
import { dateOnlyOrNull, isoOrNull } from '../common/dates';
import { AGENCY_KINDS } from '../agencies/agency-kind';
import { CONSULTATION_OUTCOMES } from '../consultations/consultation-enums';
import type { CoverLetterAnalysis } from '../cover-letter/cover-letter.types';
import { FLAG_CODES } from '../flags/flag-codes';
import { NETWORK_DECISIONS } from '../network-reviews/network-review.entity';
import { SurveyRound } from './survey-round.entity';
import { Survey } from './survey.entity';
import {
  COLLECTION_METHODS,
  CONSULTATION_STATUSES,
  EXEMPTION_GROUNDS,
  MANDATES,
  RECIPIENT_SCOPES,
  RECURRENCES,
  SURVEY_STATUSES,
} from './survey-enums';

export class SurveyAgencyRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: AGENCY_KINDS }) kind: string;
}

export class SurveyBurden {
  @ApiProperty({ type: Number, nullable: true, example: 145 }) estimatedHours: number | null;
  @ApiProperty({ example: 119.5 }) realizedHours: number;
}

export class SurveyRoundResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) sentAt: string;
  @ApiProperty({ type: 'integer', minimum: 0 }) responses: number;
}

export class FollowUpInterviewsResponse {
  @ApiProperty({ type: 'integer', example: 20 }) count: number;
  @ApiProperty({ type: 'integer', example: 90 }) minutesEach: number;
}

export class ConsultationExemptionResponse {
  @ApiProperty({ enum: EXEMPTION_GROUNDS }) ground: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class CoverLetterEvidenceResponse {
  @ApiProperty({
    enum: [
      'consultation_stated',
      'consultation_denied',
      'voluntary_stated',
      'mandatory_stated',
      'voluntary_denied',
      'legal_basis',
    ],
  })
  kind: string;
  @ApiProperty({ description: 'The sentence it was read from' }) sentence: string;
}

export class CoverLetterResponse {
  @ApiProperty({ description: 'The letter states that SKR was consulted (and does not deny it)' })
  statesConsultation: boolean;
  @ApiProperty({ enum: ['voluntary', 'mandatory', 'unclear'] }) voluntariness: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The statute named as the obligation to answer',
    example: '5 kap. 1 § socialtjänstförordningen',
  })
  legalBasis: string | null;
  @ApiProperty({ type: [CoverLetterEvidenceResponse] }) evidence: CoverLetterEvidenceResponse[];
}

export class SurveyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ENK-2021-0042' }) reference: string;
  @ApiProperty({ enum: SURVEY_STATUSES }) status: string;
  @ApiProperty({ type: SurveyAgencyRef }) agency: SurveyAgencyRef;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) purpose: string | null;
  @ApiProperty({ type: String, nullable: true }) governmentAssignment: string | null;
  @ApiProperty({ type: String, nullable: true }) targetRole: string | null;
  @ApiProperty({ enum: MANDATES, nullable: true }) mandate: string | null;
  @ApiProperty({ enum: COLLECTION_METHODS }) collectionMethod: string;
  @ApiProperty({ enum: RECIPIENT_SCOPES }) recipientScope: string;
  @ApiProperty({ type: [String] }) recipientCodes: string[];
  @ApiProperty({ type: 'integer', example: 290 }) recipientCount: number;
  @ApiProperty({ type: 'integer', nullable: true }) questionCount: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) estimatedMinutesPerResponse: number | null;
  @ApiProperty({ type: FollowUpInterviewsResponse, nullable: true })
  followUpInterviews: FollowUpInterviewsResponse | null;
  @ApiProperty({ enum: RECURRENCES }) recurrence: string;
  @ApiProperty({ type: 'integer' }) occurrences: number;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null: not known' })
  voluntary: boolean | null;
  @ApiProperty({ type: String, nullable: true }) legalBasis: string | null;
  @ApiProperty() sensitiveData: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) plannedSendDate: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  responseDeadline: string | null;
  @ApiProperty({ type: String, nullable: true }) coverLetterText: string | null;
  @ApiProperty({
    type: CoverLetterResponse,
    nullable: true,
    description: 'What the cover-letter reading found; null without a letter',
  })
  coverLetter: CoverLetterAnalysis | null;
  @ApiProperty({ type: String, nullable: true }) conductedBy: string | null;
  @ApiProperty({ type: ConsultationExemptionResponse, nullable: true })
  consultationExemption: ConsultationExemptionResponse | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) sentAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) closedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) withdrawnAt: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawnReason: string | null;
  @ApiProperty({ type: Boolean, nullable: true }) replacedByExistingData: boolean | null;
  @ApiProperty() reportedFromField: boolean;
  @ApiProperty({ enum: CONSULTATION_STATUSES }) consultationStatus: string;
  @ApiProperty({ enum: CONSULTATION_OUTCOMES, nullable: true, description: 'The latest outcome' })
  skrOutcome: string | null;
  @ApiProperty({ enum: NETWORK_DECISIONS, nullable: true, description: 'The latest decision' })
  networkDecision: string | null;
  @ApiProperty({ type: SurveyBurden }) burden: SurveyBurden;
  @ApiProperty({ type: [SurveyRoundResponse] }) rounds: SurveyRoundResponse[];
  @ApiProperty({ enum: FLAG_CODES, isArray: true }) openFlags: string[];
  @ApiProperty({ type: 'integer', example: 3 }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export function toBurdenInput(survey: Survey, rounds: readonly SurveyRound[]) {
  return {
    recipientCount: survey.recipientCount,
    occurrences: survey.occurrences,
    recurrence: survey.recurrence,
    estimatedMinutesPerResponse: survey.estimatedMinutesPerResponse,
    followUpInterviews: followUpInterviewsOf(survey),
    status: survey.status,
    sentAt: survey.sentAt,
    rounds: rounds.map((round) => ({ sentAt: round.sentAt, responses: round.responses })),
  };
}

function followUpInterviewsOf(survey: Survey) {
  return survey.followUpInterviewCount !== null && survey.followUpInterviewMinutes !== null
    ? { count: survey.followUpInterviewCount, minutesEach: survey.followUpInterviewMinutes }
    : null;
}

function burdenOf(survey: Survey, rounds: readonly SurveyRound[]): SurveyBurden {
  const input = toBurdenInput(survey, rounds);
  const hasEstimate =
    survey.estimatedMinutesPerResponse !== null || survey.followUpInterviewCount !== null;
  return {
    estimatedHours: hasEstimate ? roundHours(estimatedHours(input)) : null,
    realizedHours: roundHours(realizedHours(input)),
  };
}

/** Explicit mapping: the API shape is a contract, the entity is not. */
export function toSurveyResponse(survey: Survey): SurveyResponse {
  const rounds = [...(survey.rounds ?? [])].sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
  const agency = survey.agency;
  return {
    id: survey.id,
    reference: survey.reference,
    status: survey.status,
    agency: { id: survey.agencyId, name: agency?.name ?? '', kind: agency?.kind ?? 'other' },
    title: survey.title,
    purpose: survey.purpose,
    governmentAssignment: survey.governmentAssignment,
    targetRole: survey.targetRole,
    mandate: survey.mandate,
    collectionMethod: survey.collectionMethod,
    recipientScope: survey.recipientScope,
    recipientCodes: survey.recipientCodes,
    recipientCount: survey.recipientCount,
    questionCount: survey.questionCount,
    estimatedMinutesPerResponse: survey.estimatedMinutesPerResponse,
    followUpInterviews: followUpInterviewsOf(survey),
    recurrence: survey.recurrence,
    occurrences: survey.occurrences,
    voluntary: survey.voluntary,
    legalBasis: survey.legalBasis,
    sensitiveData: survey.sensitiveData,
    plannedSendDate: dateOnlyOrNull(survey.plannedSendDate),
    responseDeadline: isoOrNull(survey.responseDeadline),
    coverLetterText: survey.coverLetterText,
    coverLetter: survey.coverLetter,
    conductedBy: survey.conductedBy,
    consultationExemption: survey.exemptionGround
      ? { ground: survey.exemptionGround, note: survey.exemptionNote }
      : null,
    sentAt: isoOrNull(survey.sentAt),
    closedAt: isoOrNull(survey.closedAt),
    withdrawnAt: isoOrNull(survey.withdrawnAt),
    withdrawnReason: survey.withdrawnReason,
    replacedByExistingData: survey.replacedByExistingData,
    reportedFromField: survey.reportedFromField,
    consultationStatus: survey.consultationStatus,
    skrOutcome: survey.skrOutcome,
    networkDecision: survey.networkDecision,
    burden: burdenOf(survey, rounds),
    rounds: rounds.map((round) => ({
      id: round.id,
      sentAt: round.sentAt.toISOString(),
      responses: round.responses,
    })),
    openFlags: survey.openFlags,
    version: survey.version,
    createdAt: survey.createdAt.toISOString(),
    updatedAt: survey.updatedAt.toISOString(),
  };
}
