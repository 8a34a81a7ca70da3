import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { IsDateOnly } from '../../common/date-validators';
import { PageQueryDto } from '../../common/pagination';
import { CONSULTATION_OUTCOMES, type ConsultationOutcome } from '../consultation-enums';

export class ConsultationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: CONSULTATION_OUTCOMES })
  @IsOptional()
  @IsIn(CONSULTATION_OUTCOMES)
  outcome?: ConsultationOutcome;

  @ApiPropertyOptional({ format: 'date', description: 'Requested on or after (Swedish time)' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Requested on or before (Swedish time)' })
  @IsOptional()
  @IsDateOnly()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  surveyId?: string;
}
