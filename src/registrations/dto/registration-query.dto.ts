import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/date-validators';
import { PageQueryDto } from '../../common/pagination';

export class RegistrationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'skr-diarium' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  sourceSystem?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Applied at or after this time (oldest first, for catching up)',
  })
  @IsOptional()
  @IsDateTimeWithOffset()
  since?: string;
}
