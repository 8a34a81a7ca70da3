import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { IsDateTimeWithOffset } from '../../common/date-validators';

export class CreateConsultationDto {
  @ApiProperty({ format: 'date-time', example: '2021-03-15T10:00:00+01:00' })
  @IsDateTimeWithOffset()
  requestedAt: string;

  @ApiPropertyOptional({ example: 'SKR 2021/00123', maxLength: 50 })
  @IsOptional()
  @IsString()
  @Length(1, 50)
  skrCaseNumber?: string;

  @ApiPropertyOptional({ example: 'Statistiksektionen', maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  handler?: string;

  @ApiPropertyOptional({ default: 'SKR', maxLength: 100, description: 'The body consulted' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  consultedOrganisation?: string;
}
