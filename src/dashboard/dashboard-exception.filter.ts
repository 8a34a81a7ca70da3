import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { toErrorBody } from '../common/http-exception.filter';
import { SIGN_IN_PATH } from '../sessions/paths';
import { CsrfRejectedError, LoginRequiredError } from '../sessions/session-errors';
import { errorPage, type ErrorPageInput } from './html/error-page';
import { redirect, sendHtml } from './http';
import { DASHBOARD_PATH } from './paths';

const BACK_TO_DASHBOARD = { href: DASHBOARD_PATH, text: 'Till översikten' };

/** Swedish pages for errors, by status; anything unexpected is a 500 page. */
const PAGES: Record<number, Omit<ErrorPageInput, 'link'>> = {
  400: {
    heading: 'Felaktig begäran',
    message:
      'Något i adressen eller formuläret var inte giltigt, till exempel ett år utanför 2000–2100.',
  },
  403: { heading: 'Åtkomst nekad', message: 'Du har inte behörighet till den här sidan.' },
  404: { heading: 'Sidan finns inte', message: 'Det finns ingen sida på den adressen.' },
  413: { heading: 'För mycket data', message: 'Formuläret innehöll för mycket data.' },
  429: {
    heading: 'För många försök',
    message: 'Det har kommit för många försök härifrån. Vänta en minut och försök igen.',
  },
  503: {
    heading: 'Tjänsten är inte tillgänglig',
    message: 'Databasen svarar inte just nu. Försök igen om en liten stund.',
  },
  500: {
    heading: 'Något gick fel',
    message:
      'Ett oväntat fel inträffade. Försök igen; om felet finns kvar, kontakta förvaltningen.',
  },
};

/** The sign-in page, returning to the page asked for (a form post cannot be repeated). */
function signInFor(request: Request): string {
  if (request.method !== 'GET') return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?next=${encodeURIComponent(request.originalUrl)}`;
}

/** The dashboard answers browsers: HTML pages and redirects, never the API's JSON errors. */
@Catch()
export class DashboardExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('DashboardExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    if (exception instanceof LoginRequiredError) {
      redirect(response, signInFor(host.switchToHttp().getRequest<Request>()));
      return;
    }
    if (exception instanceof CsrfRejectedError) {
      sendHtml(
        response,
        403,
        errorPage({
          heading: 'Formuläret kunde inte skickas',
          message:
            'Formuläret saknade en giltig säkerhetskod, eller så var sidan öppen för länge. ' +
            'Ladda om sidan och försök igen.',
          link: BACK_TO_DASHBOARD,
        }),
      );
      return;
    }
    const status = toErrorBody(exception, this.logger).statusCode;
    const content = PAGES[status] ?? PAGES[status >= 500 ? 500 : 400];
    sendHtml(response, status, errorPage({ ...content, link: BACK_TO_DASHBOARD }));
  }
}
