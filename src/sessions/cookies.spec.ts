import { clearCookie, readCookie, serializeCookie } from './cookies';

describe('serializeCookie', () => {
  it('sets HttpOnly and SameSite=Lax, a path and a lifetime', () => {
    expect(
      serializeCookie('enk_session', 'abc_-1', {
        path: '/dashboard',
        maxAgeSeconds: 28800,
        secure: false,
      }),
    ).toBe('enk_session=abc_-1; Path=/dashboard; Max-Age=28800; HttpOnly; SameSite=Lax');
  });

  it('adds Secure over https', () => {
    expect(
      serializeCookie('enk_session', 'abc', { path: '/dashboard', maxAgeSeconds: 1, secure: true }),
    ).toMatch(/; Secure$/);
  });

  it('refuses values that would need encoding or could inject attributes', () => {
    for (const value of ['a;b', 'a b', 'å', 'x\r\nSet-Cookie: y=1']) {
      expect(() =>
        serializeCookie('enk_session', value, { path: '/', maxAgeSeconds: 1, secure: false }),
      ).toThrow(RangeError);
    }
  });
});

it('leaves out Max-Age for a cookie that ends with the browser', () => {
  expect(serializeCookie('enk_session', 'abc', { path: '/', secure: false })).toBe(
    'enk_session=abc; Path=/; HttpOnly; SameSite=Lax',
  );
});

describe('clearCookie', () => {
  it('expires the cookie at once on the same path', () => {
    expect(clearCookie('enk_session', '/dashboard', false)).toBe(
      'enk_session=; Path=/dashboard; Max-Age=0; HttpOnly; SameSite=Lax',
    );
  });
});

describe('readCookie', () => {
  it('finds a cookie among others, with or without spaces', () => {
    expect(readCookie('a=1; enk_session=tok; b=2', 'enk_session')).toBe('tok');
    expect(readCookie('enk_session=tok;b=2', 'enk_session')).toBe('tok');
  });

  it('takes the first of repeated names (the most specific path comes first)', () => {
    expect(readCookie('enk_session=first; enk_session=second', 'enk_session')).toBe('first');
  });

  it('does not match on a name that only ends like the wanted one', () => {
    expect(readCookie('xenk_session=tok', 'enk_session')).toBeNull();
  });

  it('returns null without a header or a cookie', () => {
    expect(readCookie(undefined, 'enk_session')).toBeNull();
    expect(readCookie('', 'enk_session')).toBeNull();
    expect(readCookie('garbage', 'enk_session')).toBeNull();
  });
});
