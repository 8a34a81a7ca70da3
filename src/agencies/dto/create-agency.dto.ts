import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { IsOrgNumber } from '../../common/is-org-number.decorator';
import { AGENCY_KINDS, type AgencyKind } from '../agency-kind';

export class CreateAgencyDto {
  @ApiProperty({ example: 'Socialstyrelsen', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({ example: 'SoS', maxLength: 50 })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  shortName?: string;

  @ApiPropertyOptional({ example: '202100-5554', description: 'Swedish organisation number' })
  @IsOptional()
  @IsOrgNumber()
  orgNumber?: string;

  @ApiProperty({ enum: AGENCY_KINDS, description: 'Only state_agency is bound by SFS 1982:668' })
  @IsIn(AGENCY_KINDS)
  kind: AgencyKind;
}
