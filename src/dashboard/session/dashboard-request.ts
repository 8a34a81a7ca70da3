import type { Request } from 'express';
import type { ActiveSession } from './dashboard-sessions.service';

export interface DashboardRequest extends Request {
  dashboardSession?: ActiveSession;
}

/**
 * Whether the browser reached us over https: directly, or through a proxy that says so in
 * X-Forwarded-Proto. A client can claim https falsely, but then only its own cookie is marked
 * Secure, which its browser will not send back over http: it locks itself out, nobody else.
 */
export function isHttps(request: Request): boolean {
  const forwarded = request.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return request.secure || forwarded === 'https';
}
