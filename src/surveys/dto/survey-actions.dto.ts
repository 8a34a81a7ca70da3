import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/date-validators';

export class SendSurveyDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When it was sent; default now' })
  @IsOptional()
  @IsDateTimeWithOffset()
  sentAt?: string;
}

export class WithdrawSurveyDto {
  @ApiProperty({ minLength: 1, maxLength: 5000 })
  @IsString()
  @Length(1, 5000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'When the agency withdrew it; default now (registering an old decision)',
  })
  @IsOptional()
  @IsDateTimeWithOffset()
  withdrawnAt?: string;

  @ApiPropertyOptional({ description: 'The agency used existing data instead (burden avoided)' })
  @IsOptional()
  @IsBoolean()
  replacedByExistingData?: boolean;
}

export class RecordRoundDto {
  @ApiProperty({ format: 'date-time' })
  @IsDateTimeWithOffset()
  sentAt: string;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'How many authorities answered this round',
  })
  @IsInt()
  @Min(0)
  @Max(100000)
  responses: number;
}
