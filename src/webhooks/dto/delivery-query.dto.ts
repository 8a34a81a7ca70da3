import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';

export const DELIVERY_STATUSES = ['pending', 'failing', 'delivered'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export class DeliveryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: DELIVERY_STATUSES,
    description: 'pending: not yet tried; failing: tried and not yet delivered',
  })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;
}
