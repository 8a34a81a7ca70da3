import { Controller, Get, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthenticatedRequest, CurrentActor } from '../auth/auth.decorators';
import { type Actor, actorType } from '../auth/roles';
import { API_PREFIX } from '../common/api-prefix';

export class MeResponse {
  @ApiProperty({ enum: ['person', 'key'] }) type: string;
  @ApiProperty({ format: 'uuid', description: 'The person or the key' }) id: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional({ description: 'A person only' }) email?: string;
  @ApiProperty({ enum: ['admin', 'skr', 'network', 'agency', 'registrar'] }) role: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) networkId?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) agencyId?: string | null;
  @ApiPropertyOptional({
    description: 'With a session: the token that writes must send in X-CSRF-Token',
  })
  csrfToken?: string;
}

type PersonFields = { networkId?: string | null; agencyId?: string | null };

export function toMeResponse(actor: Actor & PersonFields): MeResponse {
  if (actorType(actor) === 'person') {
    return {
      type: 'person',
      id: actor.userId!,
      name: actor.name,
      email: actor.email,
      role: actor.role,
      networkId: actor.networkId ?? null,
      agencyId: actor.agencyId ?? null,
    };
  }
  return { type: 'key', id: actor.keyId!, name: actor.name, role: actor.role };
}

@ApiTags('users')
@ApiBearerAuth()
@Controller(`${API_PREFIX}/me`)
export class MeController {
  @Get()
  @ApiOperation({ operationId: 'getMe', summary: 'Who is calling: a signed-in person or a key' })
  @ApiOkResponse({ type: MeResponse, description: 'The person or the key' })
  me(@CurrentActor() actor: Actor, @Req() request: AuthenticatedRequest): MeResponse {
    const me = toMeResponse(actor);
    return request.sessionCsrfToken ? { ...me, csrfToken: request.sessionCsrfToken } : me;
  }
}
