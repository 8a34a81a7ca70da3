import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { IsDateOnly, IsDateTimeWithOffset } from '../../common/date-validators';
import { IsNestedObject } from '../../common/is-nested-object.decorator';
import { IsOmittable } from '../../common/is-omittable.decorator';
import { MaxTextLength, TextLength } from '../../common/text-length.decorator';
import {
  COLLECTION_METHODS,
  type CollectionMethod,
  MANDATES,
  type Mandate,
  RECIPIENT_SCOPES,
  type RecipientScope,
  RECURRENCES,
  type Recurrence,
} from '../survey-enums';
import { ConsultationExemptionDto, FollowUpInterviewsDto } from './survey-parts.dto';

export const COVER_LETTER_MAX_LENGTH = 100_000;

export class CreateSurveyDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  agencyId: string;

  @ApiProperty({ minLength: 1, maxLength: 300, example: 'Enkät om första linjens chefer' })
  @IsString()
  @TextLength(1, 300)
  @Matches(/\S/, { message: 'title must not be blank' })
  title: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxTextLength(10000)
  purpose?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 2000,
    description: 'The government assignment, if any',
  })
  @IsOptional()
  @IsString()
  @MaxTextLength(2000)
  governmentAssignment?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'socialchef' })
  @IsOptional()
  @IsString()
  @MaxTextLength(200)
  targetRole?: string | null;

  @ApiPropertyOptional({ enum: MANDATES, nullable: true })
  @IsOptional()
  @IsIn(MANDATES)
  mandate?: Mandate | null;

  @ApiProperty({ enum: COLLECTION_METHODS })
  @IsIn(COLLECTION_METHODS)
  collectionMethod: CollectionMethod;

  @ApiProperty({ enum: RECIPIENT_SCOPES })
  @IsIn(RECIPIENT_SCOPES)
  recipientScope: RecipientScope;

  @ApiPropertyOptional({
    type: [String],
    nullable: true,
    example: ['2080', '2081'],
    description: 'Required with recipientScope selected; forbidden otherwise',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(311)
  @Matches(/^(\d{2}|\d{4})$/, { each: true, message: 'each recipient code must be 2 or 4 digits' })
  recipientCodes?: string[] | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, minimum: 0, maximum: 100000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  questionCount?: number | null;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    minimum: 1,
    maximum: 10000,
    example: 30,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  estimatedMinutesPerResponse?: number | null;

  @ApiPropertyOptional({ type: FollowUpInterviewsDto, nullable: true })
  @IsOptional()
  @IsNestedObject(() => FollowUpInterviewsDto)
  followUpInterviews?: FollowUpInterviewsDto | null;

  @ApiPropertyOptional({ enum: RECURRENCES, default: 'once' })
  @IsOmittable()
  @IsIn(RECURRENCES)
  recurrence?: Recurrence;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 1000, default: 1 })
  @IsOmittable()
  @IsInt()
  @Min(1)
  @Max(1000)
  occurrences?: number;

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'null: not known' })
  @IsOptional()
  @IsBoolean()
  voluntary?: boolean | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 1000,
    description: 'The statute that obliges an answer',
  })
  @IsOptional()
  @IsString()
  @MaxTextLength(1000)
  legalBasis?: string | null;

  @ApiPropertyOptional({ default: false })
  @IsOmittable()
  @IsBoolean()
  sensitiveData?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', example: '2021-04-06' })
  @IsOptional()
  @IsDateOnly()
  plannedSendDate?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    format: 'date-time',
    example: '2021-04-20T12:00:00+02:00',
  })
  @IsOptional()
  @IsDateTimeWithOffset()
  responseDeadline?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: COVER_LETTER_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxTextLength(COVER_LETTER_MAX_LENGTH)
  coverLetterText?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 300,
    description: 'Who runs the collection for the agency',
  })
  @IsOptional()
  @IsString()
  @MaxTextLength(300)
  conductedBy?: string | null;

  @ApiPropertyOptional({ type: ConsultationExemptionDto, nullable: true })
  @IsOptional()
  @IsNestedObject(() => ConsultationExemptionDto)
  consultationExemption?: ConsultationExemptionDto | null;
}
