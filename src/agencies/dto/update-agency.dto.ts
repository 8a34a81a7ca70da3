import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Matches, ValidateIf } from 'class-validator';
import { IsOrgNumber } from '../../common/is-org-number.decorator';
import { TextLength } from '../../common/text-length.decorator';
import { AGENCY_KINDS, type AgencyKind } from '../agency-kind';

export class UpdateAgencyDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @ValidateIf((dto: UpdateAgencyDto) => dto.name !== undefined)
  @IsString()
  @TextLength(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50 })
  @IsOptional()
  @IsString()
  @TextLength(1, 50)
  shortName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '202100-5554' })
  @IsOptional()
  @IsOrgNumber()
  orgNumber?: string | null;

  @ApiPropertyOptional({ enum: AGENCY_KINDS })
  @ValidateIf((dto: UpdateAgencyDto) => dto.kind !== undefined)
  @IsIn(AGENCY_KINDS)
  kind?: AgencyKind;

  @ApiPropertyOptional({
    description: 'Clear once someone has checked an agency created by a registration',
  })
  @ValidateIf((dto: UpdateAgencyDto) => dto.needsReview !== undefined)
  @IsBoolean()
  needsReview?: boolean;
}
