import { ApiProperty } from '@nestjs/swagger';
import { AGENCY_KINDS, isBoundByOrdinance } from './agency-kind';
import { Agency } from './agency.entity';

export class AgencyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true, example: 'SoS' }) shortName: string | null;
  @ApiProperty({ type: String, nullable: true, example: '202100-5554' }) orgNumber: string | null;
  @ApiProperty({ enum: AGENCY_KINDS }) kind: string;
  @ApiProperty({ description: 'Bound to consult SKR under SFS 1982:668' })
  boundByOrdinance: boolean;
  @ApiProperty({ description: 'Registered from a registration or report; check its details' })
  needsReview: boolean;
  @ApiProperty({ type: 'integer', example: 1 }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export function toAgencyResponse(agency: Agency): AgencyResponse {
  return {
    id: agency.id,
    name: agency.name,
    shortName: agency.shortName,
    orgNumber: agency.orgNumber,
    kind: agency.kind,
    boundByOrdinance: isBoundByOrdinance(agency.kind),
    needsReview: agency.needsReview,
    version: agency.version,
    createdAt: agency.createdAt.toISOString(),
    updatedAt: agency.updatedAt.toISOString(),
  };
}
