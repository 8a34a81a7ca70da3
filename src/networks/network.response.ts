import { ApiProperty } from '@nestjs/swagger';
import { Network, NETWORK_SCOPES } from './network.entity';

export class NetworkResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: NETWORK_SCOPES }) scope: string;
  @ApiProperty({ type: String, nullable: true, example: '20' }) countyCode: string | null;
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
