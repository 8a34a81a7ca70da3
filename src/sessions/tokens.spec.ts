import { createHash } from 'node:crypto';
import { hashToken, isTokenShaped, randomToken, secretsEqual } from './tokens';

describe('randomToken', () => {
  it('is 256 bits as 43 base64url characters, different every time', () => {
    const tokens = new Set(Array.from({ length: 100 }, randomToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) {
      expect(isTokenShaped(token)).toBe(true);
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    }
  });
});

describe('isTokenShaped', () => {
  it.each([null, undefined, '', 'a'.repeat(42), 'a'.repeat(44), `${'a'.repeat(42)}=`, 42])(
    'rejects %p',
    (value) => {
      expect(isTokenShaped(value)).toBe(false);
    },
  );
});

describe('hashToken', () => {
  it('is the hex SHA-256 of the token', () => {
    expect(hashToken('abc')).toBe(createHash('sha256').update('abc').digest('hex'));
  });
});

describe('secretsEqual', () => {
  const secret = randomToken();

  it('accepts the same secret', () => {
    expect(secretsEqual(secret, `${secret}`)).toBe(true);
  });

  it('rejects another secret, a prefix, an extension and anything that is not a string', () => {
    for (const presented of [randomToken(), secret.slice(0, -1), `${secret}x`, '', undefined, 7]) {
      expect(secretsEqual(secret, presented)).toBe(false);
    }
  });

  it('never accepts anything against an empty expected secret', () => {
    expect(secretsEqual('', '')).toBe(false);
  });
});
