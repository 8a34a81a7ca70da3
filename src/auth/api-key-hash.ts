import { createHash, randomBytes } from 'node:crypto';

const KEY_PREFIX = 'sct_';

export function generateApiKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

export function hashApiKey(plaintext: string): string {
  return createHash('sha256').update(plaintext, 'utf8').digest('hex');
}

export function visiblePrefix(plaintext: string): string {
  return plaintext.slice(0, 10);
}
