import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import { IsOmittable } from '../../common/is-omittable.decorator';
import { IsOrgNumber } from '../../common/is-org-number.decorator';
import { TextLength } from '../../common/text-length.decorator';
import { AGENCY_KINDS, type AgencyKind } from '../agency-kind';

export class CreateAgencyDto {
  @ApiProperty({ example: 'Socialstyrelsen', minLength: 1, maxLength: 200 })
  @IsString()
  @TextLength(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @ApiPropertyOptional({ example: 'SoS', maxLength: 50 })
  @IsOmittable()
  @IsString()
  @TextLength(1, 50)
  @Matches(/\S/, { message: 'shortName must not be blank' })
  shortName?: string;

  @ApiPropertyOptional({ example: '202100-5554', description: 'Swedish organisation number' })
  @IsOmittable()
  @IsOrgNumber()
  orgNumber?: string;

  @ApiProperty({ enum: AGENCY_KINDS, description: 'Only state_agency is bound by SFS 1982:668' })
  @IsIn(AGENCY_KINDS)
  kind: AgencyKind;
}
