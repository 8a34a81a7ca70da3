import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { toErrorBody } from '../common/http-exception.filter';
import { errorPage, errorView } from './error-page';

/**
 * The public pages answer errors as HTML in Swedish, not as the API's JSON: a rate limit, a
 * database that is down, a fault. The status code is the one the API would have given.
 */
@Catch()
export class WebExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('WebExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    const { statusCode } = toErrorBody(exception, this.logger);
    if (statusCode === 503) response.setHeader('Retry-After', '5');
    sendHtml(response, statusCode, errorPage(errorView(statusCode)).value);
  }
}

export function sendHtml(response: Response, status: number, body: string): void {
  response.status(status).type('text/html; charset=utf-8').send(body);
}
