import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { MaxTextLength } from '../../common/text-length.decorator';
import { EXEMPTION_GROUNDS, type ExemptionGround } from '../survey-enums';

export class FollowUpInterviewsDto {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000, example: 20 })
  @IsInt()
  @Min(0)
  @Max(10000)
  count: number;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 10000, example: 90 })
  @IsInt()
  @Min(1)
  @Max(10000)
  minutesEach: number;
}

export class ConsultationExemptionDto {
  @ApiProperty({ enum: EXEMPTION_GROUNDS, description: 'The SFS 1982:668 §3 ground claimed' })
  @IsIn(EXEMPTION_GROUNDS)
  ground: ExemptionGround;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxTextLength(5000)
  note?: string | null;
}
