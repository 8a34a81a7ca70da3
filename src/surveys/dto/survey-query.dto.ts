import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { IsDateOnly } from '../../common/date-validators';
import { PageQueryDto } from '../../common/pagination';
import { TextLength } from '../../common/text-length.decorator';
import { SURVEY_STATUSES, type SurveyStatus } from '../survey-enums';

export class SurveyFilterDto {
  @ApiPropertyOptional({ enum: SURVEY_STATUSES })
  @IsOptional()
  @IsIn(SURVEY_STATUSES)
  status?: SurveyStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ example: 'SENT_WITHOUT_CONSULTATION', description: 'An open flag code' })
  @IsOptional()
  @Matches(/^[A-Z_]{3,40}$/, { message: 'flag must be a flag code such as SHORT_RESPONSE_WINDOW' })
  flag?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Sent on or after this day (Swedish time)' })
  @IsOptional()
  @IsDateOnly()
  sentFrom?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Sent on or before this day (Swedish time)' })
  @IsOptional()
  @IsDateOnly()
  sentTo?: string;

  @ApiPropertyOptional({ description: 'Words of the title, the reference or the agency' })
  @IsOptional()
  @IsString()
  @TextLength(1, 200)
  q?: string;
}

/** The survey filters with paging, for GET /surveys. */
export class SurveyQueryDto extends IntersectionType(PageQueryDto, SurveyFilterDto) {}
