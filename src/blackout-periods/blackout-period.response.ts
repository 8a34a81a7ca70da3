import { ApiProperty } from '@nestjs/swagger';
import { dateOnlyOrNull } from '../common/dates';
import { BlackoutPeriod } from './blackout-period.entity';

export class BlackoutPeriodResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toBlackoutPeriodResponse(period: BlackoutPeriod): BlackoutPeriodResponse {
  return {
    id: period.id,
    from: dateOnlyOrNull(period.from)!,
    to: dateOnlyOrNull(period.to)!,
    reason: period.reason,
    createdAt: period.createdAt.toISOString(),
  };
}
