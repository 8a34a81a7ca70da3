import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsDateOnly } from '../../common/date-validators';
import { NETWORK_DECISIONS, type NetworkDecision } from '../network-review.entity';

export class CreateNetworkReviewDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  networkId: string;

  @ApiProperty({ format: 'date', example: '2020-09-25' })
  @IsDateOnly()
  meetingDate: string;

  @ApiProperty({ enum: NETWORK_DECISIONS })
  @IsIn(NETWORK_DECISIONS)
  decision: NetworkDecision;

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  note?: string;
}
