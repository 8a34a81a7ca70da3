import type { Request } from 'express';

/**
 * Whether the browser reached us over https. Express reads X-Forwarded-Proto only from the
 * proxies TRUST_PROXY names, so a client cannot claim it.
 */
export function isHttps(request: Request): boolean {
  return request.secure;
}
