import { CanActivate, createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { CsrfRejectedError, LoginRequiredError } from '../dashboard-errors';
import { readCookie, SESSION_COOKIE } from './cookies';
import type { DashboardRequest } from './dashboard-request';
import { CSRF_FIELD } from './form-fields';
import { type ActiveSession, DashboardSessionsService } from './dashboard-sessions.service';
import { secretsEqual } from './tokens';

/** A dashboard page needs a live session (the cookie); without one the browser goes to login. */
@Injectable()
export class DashboardSessionGuard implements CanActivate {
  constructor(private readonly sessions: DashboardSessionsService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<DashboardRequest>();
    const session = await this.sessions.find(readCookie(request.headers.cookie, SESSION_COOKIE));
    if (!session) throw new LoginRequiredError();
    request.dashboardSession = session;
    return true;
  }
}

/**
 * State-changing requests must carry the session's token in a form field. A page on another
 * site can make the browser post a form, but cannot read our page to learn the token. This is
 * on top of SameSite=Strict, which already keeps the cookie off cross-site requests.
 */
@Injectable()
export class DashboardCsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<DashboardRequest>();
    const session = request.dashboardSession;
    if (!session) throw new LoginRequiredError();
    const body = request.body as Record<string, unknown> | undefined;
    if (!secretsEqual(session.csrfToken, body?.[CSRF_FIELD])) throw new CsrfRejectedError();
    return true;
  }
}

export const CurrentSession = createParamDecorator(
  (_data: unknown, context: ExecutionContext): ActiveSession => {
    const session = context.switchToHttp().getRequest<DashboardRequest>().dashboardSession;
    if (!session) throw new LoginRequiredError();
    return session;
  },
);
