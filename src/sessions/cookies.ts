/** The session cookie: sent to every path, so that it serves the pages and the API alike. */
export const SESSION_COOKIE = 'enk_session';
export const SESSION_COOKIE_PATH = '/';

/** The sign-in form's double-submit token (against login CSRF), sent only to its path. */
export const LOGIN_CSRF_COOKIE = 'enk_login_csrf';

export interface CookieOptions {
  path: string;
  /** Omitted: a browser-session cookie, gone when the browser closes. */
  maxAgeSeconds?: number;
  secure: boolean;
}

/** Cookie names and values we set are base64url and fixed names: nothing to encode. */
const COOKIE_VALUE = /^[A-Za-z0-9_-]*$/;

/**
 * A Set-Cookie value that is HttpOnly (no script can read it) and SameSite=Lax: a page on
 * another site cannot make the browser send it with a form post or a script's request, while a
 * link from an e-mail to a page here still arrives signed in. Writes also need the CSRF token.
 */
export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  if (!COOKIE_VALUE.test(name) || !COOKIE_VALUE.test(value)) {
    throw new RangeError('cookie names and values must be base64url');
  }
  return [
    `${name}=${value}`,
    `Path=${options.path}`,
    ...(options.maxAgeSeconds === undefined
      ? []
      : [`Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`]),
    'HttpOnly',
    'SameSite=Lax',
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}

/** Expires the cookie at once (same name and path as when it was set). */
export function clearCookie(name: string, path: string, secure: boolean): string {
  return serializeCookie(name, '', { path, maxAgeSeconds: 0, secure });
}

/**
 * The value of one cookie from a Cookie header, or null. When a name repeats (a cookie with a
 * wider path set by another page on the host), the first is the most specific path.
 */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0) continue;
    if (pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return null;
}
