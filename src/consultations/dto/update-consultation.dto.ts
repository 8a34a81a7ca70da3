import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/date-validators';
import { IsNestedObject } from '../../common/is-nested-object.decorator';
import { IsOmittable } from '../../common/is-omittable.decorator';
import { MaxTextLength, TextLength } from '../../common/text-length.decorator';
import {
  CONSULTATION_OUTCOMES,
  CONSULTATION_TOPICS,
  type ConsultationOutcome,
  type ConsultationTopic,
} from '../consultation-enums';

export class DepartmentHeadReviewDto {
  @ApiProperty({ format: 'date-time' })
  @IsDateTimeWithOffset()
  reviewedAt: string;

  @ApiProperty({ example: 'Avdelningschef, vård och omsorg', maxLength: 200 })
  @IsString()
  @TextLength(1, 200)
  reviewer: string;

  @ApiProperty({ description: 'Does the department head agree with the statistics section?' })
  @IsBoolean()
  agrees: boolean;

  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOmittable()
  @IsString()
  @MaxTextLength(5000)
  note?: string;
}

export class UpdateConsultationDto {
  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Set with outcome',
  })
  @IsOptional()
  @IsDateTimeWithOffset()
  completedAt?: string | null;

  @ApiPropertyOptional({ enum: CONSULTATION_OUTCOMES, nullable: true })
  @IsOptional()
  @IsIn(CONSULTATION_OUTCOMES)
  outcome?: ConsultationOutcome | null;

  @ApiPropertyOptional({ enum: CONSULTATION_TOPICS, isArray: true })
  @IsOmittable()
  @IsArray()
  @ArrayUnique()
  @IsIn(CONSULTATION_TOPICS, { each: true })
  topicsCovered?: ConsultationTopic[];

  @ApiPropertyOptional({ type: String, maxLength: 10000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxTextLength(10000)
  note?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 50, nullable: true })
  @IsOptional()
  @IsString()
  @TextLength(1, 50)
  skrCaseNumber?: string | null;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true })
  @IsOptional()
  @IsString()
  @TextLength(1, 200)
  handler?: string | null;

  @ApiPropertyOptional({ type: DepartmentHeadReviewDto, nullable: true })
  @IsOptional()
  @IsNestedObject(() => DepartmentHeadReviewDto)
  departmentHeadReview?: DepartmentHeadReviewDto | null;
}
