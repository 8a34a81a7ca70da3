import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ForbiddenRoleError, UnauthenticatedError } from '../common/errors';
import { readCookie, SESSION_COOKIE } from '../sessions/cookies';
import { SessionsService } from '../sessions/sessions.service';
import { secretsEqual } from '../sessions/tokens';
import { ALLOWED_ROLES, AuthenticatedRequest, PUBLIC_ROUTE } from './auth.decorators';
import { bearerCredential, KeyAuthenticator } from './key-authenticator';
import type { Actor, Role } from './roles';

export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A write sent with the session cookie must also carry the session's token in a header. */
export class CsrfHeaderRejectedError extends DomainError {
  readonly status = 403;
  readonly code = 'CSRF_REJECTED';
}

/**
 * Every route needs an API key or a person's session unless marked @Public; @Roles narrows
 * who may call it. A key wins when both are sent. People of role `agency` may only read, and
 * only what any caller may read, until their own-agency rights exist.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: KeyAuthenticator,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor = await this.authenticate(request);
    request.actor = actor;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (actor.role === 'agency') {
      if (allowed || !SAFE_METHODS.has(request.method)) {
        throw new ForbiddenRoleError('The role agency may not do this yet');
      }
      return true;
    }
    if (!allowed || actor.role === 'admin' || allowed.includes(actor.role as Role)) return true;
    throw new ForbiddenRoleError(
      `The role ${actor.role} may not do this; allowed: ${['admin', ...allowed].join(', ')}`,
    );
  }

  private async authenticate(request: AuthenticatedRequest): Promise<Actor> {
    const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (bearerCredential(request) || cookie === null)
      return this.authenticator.authenticate(request);
    const session = await this.sessions.find(cookie);
    if (!session) throw new UnauthenticatedError('The session has ended; sign in again');
    // A page on another site can make the browser send the cookie, but cannot read the token.
    if (
      !SAFE_METHODS.has(request.method) &&
      !secretsEqual(session.csrfToken, request.header(CSRF_HEADER))
    ) {
      throw new CsrfHeaderRejectedError(`A write in a session needs its token in ${CSRF_HEADER}`);
    }
    request.sessionCsrfToken = session.csrfToken;
    return session.actor;
  }
}
