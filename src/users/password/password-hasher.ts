import { Injectable } from '@nestjs/common';
import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with OWASP's first recommended setting (m = 19 MiB, t = 2, p = 1). The parameters
 * travel inside each stored hash, so raising them later still verifies the old hashes. The
 * library's default algorithm is argon2id (its enum is a const enum, which isolated modules
 * cannot inline); the spec checks the stored form says so.
 */
export const ARGON2_OPTIONS = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Hashing and checking passwords; unknown accounts are checked against a dummy hash. */
@Injectable()
export class PasswordHasher {
  private dummy: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(storedHash: string | null, password: string): Promise<boolean> {
    if (!storedHash) {
      // The same work as a real check, so the time does not tell that the account is missing.
      await verify(await this.dummyHash(), password);
      return false;
    }
    return verify(storedHash, password);
  }

  private dummyHash(): Promise<string> {
    this.dummy ??= hash('no account has this password', ARGON2_OPTIONS);
    return this.dummy;
  }
}
