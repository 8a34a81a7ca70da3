import { COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 12;
/**
 * Long enough for any pass phrase; the cap keeps a megabyte "password" away from argon2,
 * which would hash every byte of it.
 */
export const MAX_PASSWORD_LENGTH = 256;

export interface PasswordOwner {
  email: string;
  name: string;
}

/** Parts of a name or e-mail that a password must not contain: too easy to guess. */
function personalWords(owner: PasswordOwner): string[] {
  const local = owner.email.split('@')[0] ?? '';
  return [local, ...owner.name.split(/\s+/), ...local.split(/[._+-]/)]
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word.length >= 3);
}

/** Why a new password is refused, or null when it may be used. */
export function passwordProblem(password: string, owner: PasswordOwner): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  }
  const folded = password.toLowerCase();
  if (COMMON_PASSWORDS.has(folded)) return 'is a commonly used password';
  if (personalWords(owner).some((word) => folded.includes(word))) {
    return 'must not contain your name or e-mail address';
  }
  return null;
}
