import { ApiProperty } from '@nestjs/swagger';
import { isoOrNull } from '../common/dates';
import { ApiKey } from './api-key.entity';
import { ROLES } from './roles';

export class ApiKeyResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: string;
  @ApiProperty({
    type: [String],
    example: ['diarium-a'],
    description: 'Registrar keys: the source systems whose registrations the key reads and writes',
  })
  sourceSystems: string[];
  @ApiProperty({ description: 'The first characters of the key' }) keyPrefix: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) revokedAt: string | null;
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({ description: 'The key itself; shown only in this response' })
  key: string;
}

export function toApiKeyResponse(apiKey: ApiKey): ApiKeyResponse {
  return {
    id: apiKey.id,
    name: apiKey.name,
    role: apiKey.role,
    sourceSystems: apiKey.sourceSystems,
    keyPrefix: apiKey.keyPrefix,
    createdAt: apiKey.createdAt.toISOString(),
    revokedAt: isoOrNull(apiKey.revokedAt),
  };
}
