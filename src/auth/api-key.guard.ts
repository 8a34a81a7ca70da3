import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenRoleError, UnauthenticatedError } from '../common/errors';
import { ApiKeysService } from './api-keys.service';
import { ALLOWED_ROLES, AuthenticatedRequest, PUBLIC_ROUTE } from './auth.decorators';
import { Role } from './roles';

const BEARER = /^Bearer\s+(\S{1,512})$/i;

/** Every route needs a valid key unless marked @Public; @Roles narrows who may call it. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = BEARER.exec(request.headers.authorization ?? '');
    if (!match)
      throw new UnauthenticatedError('An API key is required: Authorization: Bearer <key>');
    const actor = await this.apiKeys.verify(match[1]);
    if (!actor) throw new UnauthenticatedError('The API key is unknown or revoked');
    request.actor = actor;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!allowed || actor.role === 'admin' || allowed.includes(actor.role as Role)) return true;
    throw new ForbiddenRoleError(
      `The role ${actor.role} may not do this; allowed: ${['admin', ...allowed].join(', ')}`,
    );
  }
}
