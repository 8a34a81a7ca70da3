import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { BodyTypes, FORM_BODY } from '../common/request-input.guard';
import { Public } from '../auth/auth.decorators';
import { DashboardExceptionFilter } from '../dashboard/dashboard-exception.filter';
import { errorPage } from '../dashboard/html/error-page';
import { redirect, sendHtml } from '../dashboard/http';
import {
  clearCookie,
  LOGIN_CSRF_COOKIE,
  readCookie,
  serializeCookie,
  SESSION_COOKIE,
  SESSION_COOKIE_PATH,
} from '../sessions/cookies';
import { isHttps } from '../sessions/https';
import { SIGN_IN_PATH } from '../sessions/paths';
import { CsrfRejectedError } from '../sessions/session-errors';
import { SessionsService } from '../sessions/sessions.service';
import { isTokenShaped, randomToken, secretsEqual } from '../sessions/tokens';
import { firstRunProblems } from './first-run-input';
import { type FirstRunField, firstRunPage } from './first-run-page';
import { FirstRunDto, FirstRunQueryDto } from './first-run.dto';
import { FIRST_RUN_PATH, FirstRunLinkInvalidError, FirstRunService } from './first-run.service';

const FORM_SECONDS = 60 * 60;

/** The first administrator's page, reached by the one-time link from the log. */
@ApiExcludeController()
@Public()
@UseFilters(DashboardExceptionFilter)
@BodyTypes(FORM_BODY)
@Controller()
export class FirstRunController {
  constructor(
    private readonly firstRun: FirstRunService,
    private readonly sessions: SessionsService,
  ) {}

  @Get('forsta-start')
  async form(
    @Query() query: FirstRunQueryDto,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    if (!(await this.firstRun.isUsable(query.token))) return linkInvalid(response);
    this.sendForm(request, response, 200, query.token!, {});
  }

  @Post('forsta-start')
  async create(
    @Body() body: FirstRunDto,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const formToken = readCookie(request.headers.cookie, LOGIN_CSRF_COOKIE);
    if (!isTokenShaped(formToken) || !secretsEqual(formToken, body.csrfToken)) {
      throw new CsrfRejectedError();
    }
    if (!(await this.firstRun.isUsable(body.token))) return linkInvalid(response);
    const input = { name: body.name ?? '', email: body.email ?? '', password: body.password ?? '' };
    const errors = firstRunProblems(input);
    if (Object.keys(errors).length > 0) {
      return this.sendForm(request, response, 400, body.token!, input, errors);
    }
    let user;
    try {
      user = await this.firstRun.createAdmin(body.token, input);
    } catch (error) {
      if (error instanceof FirstRunLinkInvalidError) return linkInvalid(response);
      throw error;
    }
    const session = await this.sessions.start(user, null);
    const secure = isHttps(request);
    response.setHeader('Set-Cookie', [
      serializeCookie(SESSION_COOKIE, session.token, { path: SESSION_COOKIE_PATH, secure }),
      clearCookie(LOGIN_CSRF_COOKIE, FIRST_RUN_PATH, secure),
    ]);
    redirect(response, '/dashboard');
  }

  private sendForm(
    request: Request,
    response: Response,
    status: number,
    token: string,
    values: Partial<Record<FirstRunField, string>>,
    errors?: Partial<Record<FirstRunField, string>>,
  ): void {
    const csrfToken = randomToken();
    response.setHeader(
      'Set-Cookie',
      serializeCookie(LOGIN_CSRF_COOKIE, csrfToken, {
        path: FIRST_RUN_PATH,
        maxAgeSeconds: FORM_SECONDS,
        secure: isHttps(request),
      }),
    );
    sendHtml(response, status, firstRunPage({ csrfToken, token, values, errors }));
  }
}

/** 410: the link has been used, has expired, or someone has an account already. */
function linkInvalid(response: Response): void {
  sendHtml(
    response,
    410,
    errorPage({
      heading: 'Länken gäller inte',
      message:
        'Länken till första start har redan använts, har gått ut eller gäller inte längre. ' +
        'Logga in med ditt konto, eller starta om tjänsten för en ny länk om ingen har ett konto.',
      link: { href: SIGN_IN_PATH, text: 'Till inloggningen' },
    }),
  );
}
