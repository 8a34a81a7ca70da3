import { ApiProperty } from '@nestjs/swagger';
import { dateOnlyOrNull } from '../common/dates';
import { NETWORK_DECISIONS, NetworkReview } from './network-review.entity';

export class NetworkReviewResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) surveyId: string;
  @ApiProperty({ format: 'uuid' }) networkId: string;
  @ApiProperty({ example: 'Socialchefsnätverket' }) networkName: string;
  @ApiProperty({ format: 'date' }) meetingDate: string;
  @ApiProperty({ enum: NETWORK_DECISIONS }) decision: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toNetworkReviewResponse(review: NetworkReview): NetworkReviewResponse {
  return {
    id: review.id,
    surveyId: review.surveyId,
    networkId: review.networkId,
    networkName: review.network?.name ?? '',
    meetingDate: dateOnlyOrNull(review.meetingDate)!,
    decision: review.decision,
    note: review.note,
    createdAt: review.createdAt.toISOString(),
  };
}
