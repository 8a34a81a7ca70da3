import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/date-validators';
import { IsOmittable } from '../../common/is-omittable.decorator';
import { TextLength } from '../../common/text-length.decorator';

export class CreateConsultationDto {
  @ApiProperty({ format: 'date-time', example: '2021-03-15T10:00:00+01:00' })
  @IsDateTimeWithOffset()
  requestedAt: string;

  @ApiPropertyOptional({ example: 'SKR 2021/00123', maxLength: 50 })
  @IsOmittable()
  @IsString()
  @TextLength(1, 50)
  skrCaseNumber?: string;

  @ApiPropertyOptional({ example: 'Statistiksektionen', maxLength: 200 })
  @IsOmittable()
  @IsString()
  @TextLength(1, 200)
  handler?: string;

  @ApiPropertyOptional({ default: 'SKR', maxLength: 100, description: 'The body consulted' })
  @IsOmittable()
  @IsString()
  @TextLength(1, 100)
  consultedOrganisation?: string;
}
