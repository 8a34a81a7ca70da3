import { PasswordHasher } from './password-hasher';

describe('PasswordHasher', () => {
  const hasher = new PasswordHasher();

  it('stores argon2id with m=19456 KiB, t=2, p=1 and verifies only the same password', async () => {
    const stored = await hasher.hash('korrekt häst batteri häftklammer');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hasher.verify(stored, 'korrekt häst batteri häftklammer')).toBe(true);
    expect(await hasher.verify(stored, 'korrekt häst batteri häftklammeR')).toBe(false);
  });

  it('refuses every password for an account without a hash', async () => {
    expect(await hasher.verify(null, 'no account has this password')).toBe(false);
  });
});
