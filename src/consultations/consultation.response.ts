import { ApiProperty } from '@nestjs/swagger';
import { isoOrNull } from '../common/dates';
import { CONSULTATION_OUTCOMES, CONSULTATION_TOPICS } from './consultation-enums';
import { Consultation } from './consultation.entity';

export class DepartmentHeadReviewResponse {
  @ApiProperty({ format: 'date-time' }) reviewedAt: string;
  @ApiProperty() reviewer: string;
  @ApiProperty() agrees: boolean;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class ConsultationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) surveyId: string;
  @ApiProperty({ example: 'ENK-2021-0042' }) surveyReference: string;
  @ApiProperty({ example: 'Socialstyrelsen' }) agencyName: string;
  @ApiProperty({ example: 'SKR' }) consultedOrganisation: string;
  @ApiProperty({ enum: ['requested', 'completed'] }) status: string;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ type: String, nullable: true, example: 'SKR 2021/00123' })
  skrCaseNumber: string | null;
  @ApiProperty({ type: String, nullable: true }) handler: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
  @ApiProperty({ enum: CONSULTATION_OUTCOMES, nullable: true }) outcome: string | null;
  @ApiProperty({ enum: CONSULTATION_TOPICS, isArray: true }) topicsCovered: string[];
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: DepartmentHeadReviewResponse, nullable: true })
  departmentHeadReview: DepartmentHeadReviewResponse | null;
  @ApiProperty({ type: 'integer', example: 1 }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export function toConsultationResponse(consultation: Consultation): ConsultationResponse {
  const survey = consultation.survey;
  return {
    id: consultation.id,
    surveyId: consultation.surveyId,
    surveyReference: survey?.reference ?? '',
    agencyName: survey?.agency?.name ?? '',
    consultedOrganisation: consultation.consultedOrganisation,
    status: consultation.completedAt ? 'completed' : 'requested',
    requestedAt: consultation.requestedAt.toISOString(),
    skrCaseNumber: consultation.skrCaseNumber,
    handler: consultation.handler,
    completedAt: isoOrNull(consultation.completedAt),
    outcome: consultation.outcome,
    topicsCovered: consultation.topicsCovered,
    note: consultation.note,
    departmentHeadReview:
      consultation.departmentHeadReviewedAt && consultation.departmentHeadReviewer
        ? {
            reviewedAt: consultation.departmentHeadReviewedAt.toISOString(),
            reviewer: consultation.departmentHeadReviewer,
            agrees: consultation.departmentHeadAgrees ?? false,
            note: consultation.departmentHeadNote,
          }
        : null,
    version: consultation.version,
    createdAt: consultation.createdAt.toISOString(),
    updatedAt: consultation.updatedAt.toISOString(),
  };
}
