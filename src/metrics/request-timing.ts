import type { NextFunction, Request, Response } from 'express';
import type { Metrics } from './metrics';

/** Requests that no route answered (404s, probes): one series, not one per URL tried. */
export const UNMATCHED_ROUTE = '(unmatched)';

/** The route pattern that answered (/api/v1/surveys/:id), never the URL with its ids. */
export function routeLabel(request: Pick<Request, 'baseUrl'> & { route?: { path?: unknown } }) {
  const path = request.route?.path;
  return typeof path === 'string' ? `${request.baseUrl}${path}` : UNMATCHED_ROUTE;
}

/** Times every request from its arrival to the last byte of its answer. */
export function requestTiming(metrics: Metrics) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.requestFinished(request.method, routeLabel(request), response.statusCode, seconds);
    });
    next();
  };
}
