import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, Matches, Max, Min, IsOptional } from 'class-validator';
import { TextLength } from '../../common/text-length.decorator';

export const LOOKUP_MAX_LIMIT = 100;
export const LOOKUP_DEFAULT_LIMIT = 20;
export const LOOKUP_QUERY_MAX_LENGTH = 200;

export class LookupQueryDto {
  @ApiProperty({
    minLength: 1,
    maxLength: LOOKUP_QUERY_MAX_LENGTH,
    description: 'A reference (ENK-2021-0042), words of the title, or the agency name / short name',
    example: 'ENK-2021-0042',
  })
  @IsString()
  @TextLength(1, LOOKUP_QUERY_MAX_LENGTH)
  @Matches(/\S/, { message: 'q must contain something other than spaces' })
  q: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: LOOKUP_MAX_LIMIT,
    default: LOOKUP_DEFAULT_LIMIT,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LOOKUP_MAX_LIMIT)
  limit: number = LOOKUP_DEFAULT_LIMIT;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset: number = 0;
}
