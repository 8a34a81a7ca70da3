import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { TooManyRequestsError, UnauthenticatedError } from '../common/errors';
import { ApiKeysService } from './api-keys.service';
import { FailedAuthLimiter } from './failed-auth-limiter';
import type { Actor } from './roles';

const BEARER = /^Bearer\s+(\S{1,512})$/i;

/** The credential of `Authorization: Bearer <credential>`, or null. */
export function bearerCredential(request: Request): string | null {
  return BEARER.exec(request.headers.authorization ?? '')?.[1] ?? null;
}

/** The client as Express resolves it, through the proxies TRUST_PROXY names. */
function clientAddress(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

/** Who presents the request's API key: 401 without a valid one, 429 after too many failures. */
@Injectable()
export class KeyAuthenticator {
  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly failures: FailedAuthLimiter,
  ) {}

  async authenticate(request: Request): Promise<Actor> {
    const key = bearerCredential(request);
    if (!key) throw new UnauthenticatedError('An API key is required: Authorization: Bearer <key>');
    return this.verifyFrom(clientAddress(request), key);
  }

  /**
   * An address that presented too many unknown keys lately is not even asked for this one:
   * a guesser learns nothing more until its wait is over.
   */
  private async verifyFrom(address: string, key: string): Promise<Actor> {
    const waitMs = this.failures.retryAfterMs(address);
    if (waitMs > 0) {
      throw new TooManyRequestsError(
        'Too many unknown or revoked API keys from this address; try again later',
        Math.ceil(waitMs / 1000),
      );
    }
    const actor = await this.apiKeys.verify(key);
    if (actor) return actor;
    this.failures.recordFailure(address);
    throw new UnauthenticatedError('The API key is unknown or revoked');
  }
}
