import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { TextLength } from '../../common/text-length.decorator';
import { AGENCY_KINDS, type AgencyKind } from '../agency-kind';

export class AgencyQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name or short name' })
  @IsOptional()
  @IsString()
  @TextLength(1, 200)
  q?: string;

  @ApiPropertyOptional({ enum: AGENCY_KINDS })
  @IsOptional()
  @IsIn(AGENCY_KINDS)
  kind?: AgencyKind;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  needsReview?: boolean;
}
