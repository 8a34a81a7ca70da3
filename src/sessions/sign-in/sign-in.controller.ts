import {
  Body,
  Controller,
  Get,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
  UseGuards,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { BodyTypes, FORM_BODY } from '../../common/request-input.guard';
import { Public } from '../../auth/auth.decorators';
import type { PersonRole } from '../../auth/roles';
import { DashboardExceptionFilter } from '../../dashboard/dashboard-exception.filter';
import { redirect, sendHtml } from '../../dashboard/http';
import { PasswordHasher } from '../../users/password/password-hasher';
import { normaliseEmail, UsersService } from '../../users/users.service';
import {
  clearCookie,
  LOGIN_CSRF_COOKIE,
  readCookie,
  serializeCookie,
  SESSION_COOKIE,
  SESSION_COOKIE_PATH,
} from '../cookies';
import { isHttps } from '../https';
import { safeNextPath } from '../next-path';
import { SIGN_IN_PATH } from '../paths';
import { CsrfRejectedError } from '../session-errors';
import { CurrentSession, PageCsrfGuard, PageSessionGuard } from '../session.guard';
import { type ActiveSession, SessionsService } from '../sessions.service';
import { isTokenShaped, randomToken, secretsEqual } from '../tokens';
import { signInPage } from './sign-in-page';
import { SignInLimiter } from './sign-in-limiter';
import { NextQueryDto, SignInDto } from './sign-in.dto';

/** The form's token lives an hour: long enough to find the password, short enough to expire. */
const SIGN_IN_FORM_SECONDS = 60 * 60;

/** One message for an unknown e-mail, a wrong password and a deactivated account. */
export const WRONG_CREDENTIALS = 'Fel e-postadress eller lösenord.';
export const TOO_MANY_ATTEMPTS =
  'För många misslyckade försök. Vänta en stund och försök sedan igen.';

/** Where a person lands after signing in, when no page asked for them. */
function homeFor(role: PersonRole): string {
  return role === 'skr' || role === 'admin' ? '/dashboard' : '/';
}

function clientAddress(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

/**
 * People sign in with e-mail and password; afterwards a session cookie stands for them on the
 * pages and the API. Public to the API guard: these routes check the session themselves.
 */
@ApiExcludeController()
@Public()
@UseFilters(DashboardExceptionFilter)
@BodyTypes(FORM_BODY)
@Controller()
export class SignInController {
  constructor(
    private readonly users: UsersService,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly limiter: SignInLimiter,
  ) {}

  @Get('logga-in')
  async form(
    @Query() query: NextQueryDto,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const next = safeNextPath(query.next);
    const session = await this.sessions.find(readCookie(request.headers.cookie, SESSION_COOKIE));
    if (session) return redirect(response, next ?? homeFor(session.actor.role));
    this.sendForm(request, response, 200, { next });
  }

  @Post('logga-in')
  async signIn(
    @Body() body: SignInDto,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    // Double submit: a page on another site can post this form but cannot set our cookie, so
    // it cannot sign the browser in as the attacker (login CSRF).
    const formToken = readCookie(request.headers.cookie, LOGIN_CSRF_COOKIE);
    if (!isTokenShaped(formToken) || !secretsEqual(formToken, body.csrfToken)) {
      throw new CsrfRejectedError();
    }
    const next = safeNextPath(body.next);
    const email = normaliseEmail(body.email ?? '');
    const address = clientAddress(request);
    const waitMs = this.limiter.retryAfterMs(email, address);
    if (waitMs > 0) {
      response.setHeader('Retry-After', String(Math.ceil(waitMs / 1000)));
      return this.sendForm(request, response, 429, { next, email, error: TOO_MANY_ATTEMPTS });
    }
    const user = email ? await this.users.findByEmail(email) : null;
    // Unknown and deactivated accounts are checked against a dummy hash: the same work.
    const usable = user?.active ? user.passwordHash : null;
    const verified = await this.passwords.verify(usable, body.password ?? '');
    if (!verified || !user) {
      this.limiter.recordFailure(email, address);
      return this.sendForm(request, response, 401, { next, email, error: WRONG_CREDENTIALS });
    }
    const session = await this.sessions.start(
      user,
      readCookie(request.headers.cookie, SESSION_COOKIE),
    );
    const secure = isHttps(request);
    response.setHeader('Set-Cookie', [
      serializeCookie(SESSION_COOKIE, session.token, { path: SESSION_COOKIE_PATH, secure }),
      clearCookie(LOGIN_CSRF_COOKIE, SIGN_IN_PATH, secure),
    ]);
    redirect(response, next ?? homeFor(user.role));
  }

  @Post('logga-ut')
  @UseGuards(PageSessionGuard, PageCsrfGuard)
  async signOut(
    @CurrentSession() session: ActiveSession,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.sessions.end(session);
    this.clearSession(request, response);
  }

  @Post('logga-ut-overallt')
  @UseGuards(PageSessionGuard, PageCsrfGuard)
  async signOutEverywhere(
    @CurrentSession() session: ActiveSession,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.sessions.endAll(session);
    this.clearSession(request, response);
  }

  private clearSession(request: Request, response: Response): void {
    response.setHeader(
      'Set-Cookie',
      clearCookie(SESSION_COOKIE, SESSION_COOKIE_PATH, isHttps(request)),
    );
    redirect(response, SIGN_IN_PATH);
  }

  private sendForm(
    request: Request,
    response: Response,
    status: number,
    content: { next: string | null; email?: string; error?: string },
  ): void {
    const csrfToken = randomToken();
    response.setHeader(
      'Set-Cookie',
      serializeCookie(LOGIN_CSRF_COOKIE, csrfToken, {
        path: SIGN_IN_PATH,
        maxAgeSeconds: SIGN_IN_FORM_SECONDS,
        secure: isHttps(request),
      }),
    );
    sendHtml(response, status, signInPage({ csrfToken, ...content }));
  }
}
