import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { ErrorBody } from '../common/error-body';
import { ErrorResponse } from '../openapi/error-responses';
import { CONSULTATION_OUTCOMES } from '../consultations/consultation-enums';
import { REGISTRATION_TYPES } from './registration-types';

export class RegistrationAgencyResponse {
  @ApiProperty({ example: 'Socialstyrelsen' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: '202100-5554' }) orgNumber: string | null;
}

/** A registration as applied: what the registrar said, and what it became here. */
export class RegistrationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'skr-diarium' }) sourceSystem: string;
  @ApiProperty({ example: 'SKR 2021/00123-1' }) externalId: string;
  @ApiProperty({ enum: REGISTRATION_TYPES }) type: string;
  @ApiProperty({ format: 'date-time' }) registeredAt: string;
  @ApiProperty({ type: RegistrationAgencyResponse, description: 'As the registrar named it' })
  agency: RegistrationAgencyResponse;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true, example: 'SKR 2021/00123' }) caseNumber:
    string | null;
  @ApiProperty({ enum: CONSULTATION_OUTCOMES, nullable: true }) decision: string | null;
  @ApiProperty({ format: 'uuid' }) surveyId: string;
  @ApiProperty({ example: 'ENK-2021-0042' }) surveyReference: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) consultationId: string | null;
  @ApiProperty({ format: 'date-time' }) appliedAt: string;
}

@ApiExtraModels(RegistrationResponse, ErrorResponse)
export class RegistrationBatchResult {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'null for an item that is not an object',
  })
  idempotencyKey: string | null;
  @ApiProperty({
    type: 'integer',
    example: 201,
    description: 'What POST /registrations would have answered',
  })
  status: number;
  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath(RegistrationResponse) }, { $ref: getSchemaPath(ErrorResponse) }],
    description: 'The registration (200, 201), or the error (4xx)',
  })
  body: RegistrationResponse | ErrorBody;
}

export class RegistrationBatchResponse {
  @ApiProperty({ type: [RegistrationBatchResult], description: 'In the order of the items' })
  results: RegistrationBatchResult[];
}

/** A row of `registrations` joined with its survey's reference. */
export interface RegistrationRow {
  id: string;
  source_system: string;
  external_id: string;
  type: string;
  registered_at: Date;
  agency_name: string;
  agency_org_number: string | null;
  title: string;
  case_number: string | null;
  decision: string | null;
  survey_id: string;
  survey_reference: string;
  consultation_id: string | null;
  applied_at: Date;
}

export function toRegistrationResponse(row: RegistrationRow): RegistrationResponse {
  return {
    id: row.id,
    sourceSystem: row.source_system,
    externalId: row.external_id,
    type: row.type,
    registeredAt: row.registered_at.toISOString(),
    agency: { name: row.agency_name, orgNumber: row.agency_org_number },
    title: row.title,
    caseNumber: row.case_number,
    decision: row.decision,
    surveyId: row.survey_id,
    surveyReference: row.survey_reference,
    consultationId: row.consultation_id,
    appliedAt: row.applied_at.toISOString(),
  };
}
