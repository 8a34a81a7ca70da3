import { ApiProperty } from '@nestjs/swagger';
import { Network } from './network.entity';

export class NetworkResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['national', 'regional'] }) scope: string;
  @ApiProperty({ nullable: true, example: '20' }) countyCode: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export function toNetworkResponse(network: Network): NetworkResponse {
  return {
    id: network.id,
    name: network.name,
    scope: network.scope,
    countyCode: network.countyCode,
    createdAt: network.createdAt.toISOString(),
  };
}
