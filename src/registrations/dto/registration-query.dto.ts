import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/date-validators';
import { PageQueryDto } from '../../common/pagination';
import { TextLength } from '../../common/text-length.decorator';

export class RegistrationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'skr-diarium' })
  @IsOptional()
  @IsString()
  @TextLength(1, 100)
  sourceSystem?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Applied at or after this time (oldest first, for catching up)',
  })
  @IsOptional()
  @IsDateTimeWithOffset()
  since?: string;
}
