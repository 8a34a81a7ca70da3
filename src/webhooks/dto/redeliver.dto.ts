import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { IsOmittable } from '../../common/is-omittable.decorator';

export class RedeliverDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'One delivery to send again (also one already delivered). Without it, every ' +
      'undelivered delivery that has failed is retried now.',
  })
  @IsOmittable()
  @IsUUID()
  deliveryId?: string;
}
