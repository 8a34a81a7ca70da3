import { Body, Controller, Get, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Response } from 'express';
import { ApiKeysService } from '../auth/api-keys.service';
import { Public } from '../auth/auth.decorators';
import { BodyTypes, FORM_BODY, JSON_BODY } from '../common/request-input.guard';
import { CsrfRejectedError } from './dashboard-errors';
import { DashboardExceptionFilter } from './dashboard-exception.filter';
import { LoginDto } from './dto/login.dto';
import { loginPage } from './html/login-page';
import { redirect, sendHtml } from './http';
import { DASHBOARD_PATH, LOGIN_PATH } from './paths';
import {
  clearCookie,
  LOGIN_CSRF_COOKIE,
  LOGIN_CSRF_COOKIE_PATH,
  readCookie,
  serializeCookie,
  SESSION_COOKIE,
  SESSION_COOKIE_PATH,
} from './session/cookies';
import { type DashboardRequest, isHttps } from './session/dashboard-request';
import {
  DashboardCsrfGuard,
  DashboardSessionGuard,
  CurrentSession,
} from './session/dashboard-session.guard';
import {
  type ActiveSession,
  DASHBOARD_ROLES,
  DashboardSessionsService,
} from './session/dashboard-sessions.service';
import { isTokenShaped, randomToken, secretsEqual } from './session/tokens';

/** The login form's token lives an hour: long enough to find the key, short enough to expire. */
const LOGIN_FORM_SECONDS = 60 * 60;

/**
 * Logging in to the dashboard with an API key, once; afterwards a session cookie stands in for
 * the key. Public to the API key guard: these routes check the session themselves.
 */
@ApiExcludeController()
@Public()
@BodyTypes(FORM_BODY, JSON_BODY)
@UseFilters(DashboardExceptionFilter)
@Controller('dashboard')
export class DashboardAuthController {
  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly sessions: DashboardSessionsService,
  ) {}

  @Get('logga-in')
  async loginForm(@Req() request: DashboardRequest, @Res() response: Response): Promise<void> {
    const session = await this.sessions.find(readCookie(request.headers.cookie, SESSION_COOKIE));
    if (session) return redirect(response, DASHBOARD_PATH);
    this.sendLoginForm(request, response, 200);
  }

  /** Rate limited per client IP with the public pages: keys cannot be guessed, but tried. */
  @Post('logga-in')
  @UseGuards(ThrottlerGuard)
  async login(
    @Body() body: LoginDto,
    @Req() request: DashboardRequest,
    @Res() response: Response,
  ): Promise<void> {
    // Double submit: a page on another site can post this form but cannot set our cookie, so
    // it cannot log the browser in with the attacker's key (login CSRF).
    const cookieToken = readCookie(request.headers.cookie, LOGIN_CSRF_COOKIE);
    if (!isTokenShaped(cookieToken) || !secretsEqual(cookieToken, body.csrfToken)) {
      throw new CsrfRejectedError();
    }
    const actor = body.apiKey ? await this.apiKeys.verify(body.apiKey.trim()) : null;
    if (!actor || actor.keyId === null) {
      return this.sendLoginForm(request, response, 401, 'Nyckeln är okänd eller återkallad.');
    }
    if (!DASHBOARD_ROLES.includes(actor.role)) {
      return this.sendLoginForm(
        request,
        response,
        403,
        `Nyckeln har rollen ${actor.role}, som inte ger tillgång till översikten. ` +
          'Översikten är till för SKR (rollen skr) och administratörer (admin).',
      );
    }
    await this.sessions.discard(readCookie(request.headers.cookie, SESSION_COOKIE));
    const session = await this.sessions.create({ ...actor, keyId: actor.keyId });
    const secure = isHttps(request);
    response.setHeader('Set-Cookie', [
      serializeCookie(SESSION_COOKIE, session.token, {
        path: SESSION_COOKIE_PATH,
        maxAgeSeconds: session.maxAgeSeconds,
        secure,
      }),
      clearCookie(LOGIN_CSRF_COOKIE, LOGIN_CSRF_COOKIE_PATH, secure),
    ]);
    redirect(response, DASHBOARD_PATH);
  }

  @Post('logga-ut')
  @UseGuards(DashboardSessionGuard, DashboardCsrfGuard)
  async logout(
    @CurrentSession() session: ActiveSession,
    @Req() request: DashboardRequest,
    @Res() response: Response,
  ): Promise<void> {
    await this.sessions.end(session);
    response.setHeader(
      'Set-Cookie',
      clearCookie(SESSION_COOKIE, SESSION_COOKIE_PATH, isHttps(request)),
    );
    redirect(response, LOGIN_PATH);
  }

  private sendLoginForm(
    request: DashboardRequest,
    response: Response,
    status: number,
    error?: string,
  ): void {
    const csrfToken = randomToken();
    response.setHeader(
      'Set-Cookie',
      serializeCookie(LOGIN_CSRF_COOKIE, csrfToken, {
        path: LOGIN_CSRF_COOKIE_PATH,
        maxAgeSeconds: LOGIN_FORM_SECONDS,
        secure: isHttps(request),
      }),
    );
    sendHtml(response, status, loginPage({ csrfToken, error }));
  }
}
