import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class RedeliverDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'One delivery to send again (also one already delivered). Without it, every ' +
      'undelivered delivery that has failed is retried now.',
  })
  @IsOptional()
  @IsUUID()
  deliveryId?: string;
}
