import type { Response } from 'express';

/** Pages show figures behind a login: no shared or browser cache may keep them. */
export function sendHtml(response: Response, status: number, html: string): void {
  response
    .status(status)
    .setHeader('Cache-Control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(html);
}

/** 303: after a form post the browser follows with a GET, so reloading does not post again. */
export function redirect(response: Response, location: string): void {
  response.status(303).setHeader('Cache-Control', 'no-store').location(location).end();
}
