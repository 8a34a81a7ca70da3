import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/date-validators';
import { IsOmittable } from '../../common/is-omittable.decorator';
import { TextLength } from '../../common/text-length.decorator';

export class SendSurveyDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When it was sent; default now' })
  @IsOmittable()
  @IsDateTimeWithOffset()
  sentAt?: string;
}

export class WithdrawSurveyDto {
  @ApiProperty({ minLength: 1, maxLength: 5000 })
  @IsString()
  @TextLength(1, 5000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'When the agency withdrew it; default now (registering an old decision)',
  })
  @IsOmittable()
  @IsDateTimeWithOffset()
  withdrawnAt?: string;

  @ApiPropertyOptional({ description: 'The agency used existing data instead (burden avoided)' })
  @IsOmittable()
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
