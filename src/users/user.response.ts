import { ApiProperty } from '@nestjs/swagger';
import { PERSON_ROLES } from '../auth/roles';
import { User } from './user.entity';

export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'anna.berg@skr.se' }) email: string;
  @ApiProperty({ enum: PERSON_ROLES }) role: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) networkId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) agencyId: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ description: 'Whether a password is set' }) hasPassword: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSignInAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export function toUserResponse(user: User): UserResponse {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    networkId: user.networkId,
    agencyId: user.agencyId,
    active: user.active,
    hasPassword: user.passwordHash !== null,
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
