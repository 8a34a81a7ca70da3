import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { readCookie, SESSION_COOKIE } from './cookies';
import { CSRF_FIELD } from './form-fields';
import { CsrfRejectedError, LoginRequiredError } from './session-errors';
import { type ActiveSession, SessionsService } from './sessions.service';
import { secretsEqual } from './tokens';

export interface SessionRequest extends Request {
  personSession?: ActiveSession;
}

/** A page for signed-in people needs a live session (the cookie); without one: sign in. */
@Injectable()
export class PageSessionGuard implements CanActivate {
  constructor(private readonly sessions: SessionsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<SessionRequest>();
    const session = await this.sessions.find(readCookie(request.headers.cookie, SESSION_COOKIE));
    if (!session) throw new LoginRequiredError();
    request.personSession = session;
    return true;
  }
}

/**
 * State-changing forms must carry the session's token (synchroniser token). A page on another
 * site can make the browser post a form, but cannot read our page to learn the token.
 */
@Injectable()
export class PageCsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<SessionRequest>();
    const session = request.personSession;
    if (!session) throw new LoginRequiredError();
    const body = request.body as Record<string, unknown> | undefined;
    if (!secretsEqual(session.csrfToken, body?.[CSRF_FIELD])) throw new CsrfRejectedError();
    return true;
  }
}

export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ActiveSession => {
    const session = context.switchToHttp().getRequest<SessionRequest>().personSession;
    if (!session) throw new LoginRequiredError();
    return session;
  },
);
