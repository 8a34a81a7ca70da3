import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { estimatedHours, realizedHours, roundHours } from '../burden/burden-rules';
import { dateOnlyOrNull, isoOrNull } from '../common/dates';
import type { CoverLetterAnalysis } from '../cover-letter/cover-letter.types';
import { SurveyRound } from './survey-round.entity';
import { Survey } from './survey.entity';
import {
  COLLECTION_METHODS,
  CONSULTATION_STATUSES,
  RECIPIENT_SCOPES,
  RECURRENCES,
  SURVEY_STATUSES,
} from './survey-enums';

export class SurveyAgencyRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() kind: string;
}

export class SurveyBurden {
  @ApiProperty({ nullable: true, example: 145 }) estimatedHours: number | null;
  @ApiProperty({ example: 119.5 }) realizedHours: number;
}

export class SurveyRoundResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) sentAt: string;
  @ApiProperty() responses: number;
}

export class SurveyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ENK-2021-0042' }) reference: string;
  @ApiProperty({ enum: SURVEY_STATUSES }) status: string;
  @ApiProperty({ type: SurveyAgencyRef }) agency: SurveyAgencyRef;
  @ApiProperty() title: string;
  @ApiProperty({ nullable: true }) purpose: string | null;
  @ApiProperty({ nullable: true }) governmentAssignment: string | null;
  @ApiProperty({ nullable: true }) targetRole: string | null;
  @ApiProperty({ nullable: true }) mandate: string | null;
  @ApiProperty({ enum: COLLECTION_METHODS }) collectionMethod: string;
  @ApiProperty({ enum: RECIPIENT_SCOPES }) recipientScope: string;
  @ApiProperty({ type: [String] }) recipientCodes: string[];
  @ApiProperty({ example: 290 }) recipientCount: number;
  @ApiProperty({ nullable: true }) questionCount: number | null;
  @ApiProperty({ nullable: true }) estimatedMinutesPerResponse: number | null;
  @ApiPropertyOptional({ nullable: true }) followUpInterviews: {
    count: number;
    minutesEach: number;
  } | null;
  @ApiProperty({ enum: RECURRENCES }) recurrence: string;
  @ApiProperty() occurrences: number;
  @ApiProperty({ nullable: true }) voluntary: boolean | null;
  @ApiProperty({ nullable: true }) legalBasis: string | null;
  @ApiProperty() sensitiveData: boolean;
  @ApiProperty({ nullable: true, format: 'date' }) plannedSendDate: string | null;
  @ApiProperty({ nullable: true, format: 'date-time' }) responseDeadline: string | null;
  @ApiProperty({ nullable: true }) coverLetterText: string | null;
  @ApiProperty({ nullable: true, description: 'What the cover-letter reading found' })
  coverLetter: CoverLetterAnalysis | null;
  @ApiProperty({ nullable: true }) conductedBy: string | null;
  @ApiPropertyOptional({ nullable: true }) consultationExemption: {
    ground: string;
    note: string | null;
  } | null;
  @ApiProperty({ nullable: true, format: 'date-time' }) sentAt: string | null;
  @ApiProperty({ nullable: true, format: 'date-time' }) closedAt: string | null;
  @ApiProperty({ nullable: true, format: 'date-time' }) withdrawnAt: string | null;
  @ApiProperty({ nullable: true }) withdrawnReason: string | null;
  @ApiProperty({ nullable: true }) replacedByExistingData: boolean | null;
  @ApiProperty() reportedFromField: boolean;
  @ApiProperty({ enum: CONSULTATION_STATUSES }) consultationStatus: string;
  @ApiProperty({ nullable: true }) skrOutcome: string | null;
  @ApiProperty({ nullable: true }) networkDecision: string | null;
  @ApiProperty({ type: SurveyBurden }) burden: SurveyBurden;
  @ApiProperty({ type: [SurveyRoundResponse] }) rounds: SurveyRoundResponse[];
  @ApiProperty({ type: [String] }) openFlags: string[];
  @ApiProperty() version: number;
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
