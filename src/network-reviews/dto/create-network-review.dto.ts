import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, IsUUID } from 'class-validator';
import { IsDateOnly } from '../../common/date-validators';
import { IsOmittable } from '../../common/is-omittable.decorator';
import { MaxTextLength } from '../../common/text-length.decorator';
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
  @IsOmittable()
  @IsString()
  @MaxTextLength(10000)
  note?: string;
}
