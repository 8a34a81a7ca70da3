import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenRoleError, TooManyRequestsError, UnauthenticatedError } from '../common/errors';
import { ApiKeysService } from './api-keys.service';
import { FailedAuthLimiter } from './failed-auth-limiter';
import { ALLOWED_ROLES, AuthenticatedRequest, PUBLIC_ROUTE } from './auth.decorators';
import type { Actor, Role } from './roles';

const BEARER = /^Bearer\s+(\S{1,512})$/i;

/** Every route needs a valid key unless marked @Public; @Roles narrows who may call it. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    private readonly failures: FailedAuthLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = BEARER.exec(request.headers.authorization ?? '');
    if (!match)
      throw new UnauthenticatedError('An API key is required: Authorization: Bearer <key>');
    const actor = await this.verifyFrom(clientAddress(request), match[1]);
    request.actor = actor;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!allowed || actor.role === 'admin' || allowed.includes(actor.role as Role)) return true;
    throw new ForbiddenRoleError(
      `The role ${actor.role} may not do this; allowed: ${['admin', ...allowed].join(', ')}`,
    );
  }

  /**
   * An address that presented too many unknown keys lately is not even asked for this one:
   * a guesser learns nothing more until its wait is over.
   */
  private async verifyFrom(address: string, key: string): Promise<Actor> {
    const waitMs = this.failures.retryAfterMs(address);
    if (waitMs > 0) {
      throw new TooManyRequestsError(
        'Too many unknown or revoked API keys from this address; try again later',
        Math.ceil(waitMs / 1000),
      );
    }
    const actor = await this.apiKeys.verify(key);
    if (actor) return actor;
    this.failures.recordFailure(address);
    throw new UnauthenticatedError('The API key is unknown or revoked');
  }
}

/** The client as Express resolves it, through the proxies TRUST_PROXY names. */
function clientAddress(request: AuthenticatedRequest): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}
