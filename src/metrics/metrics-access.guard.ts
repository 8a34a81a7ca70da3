import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { bearerCredential, KeyAuthenticator } from '../auth/key-authenticator';
import { ForbiddenRoleError } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

function sameSecret(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** /metrics: for METRICS_TOKEN when it is set, and for admin keys (401/403 otherwise). */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly authenticator: KeyAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const presented = bearerCredential(request);
    const token = this.config.metricsToken;
    if (presented && token && sameSecret(presented, token)) return true;
    const actor = await this.authenticator.authenticate(request);
    if (actor.role === 'admin') return true;
    throw new ForbiddenRoleError(
      `The role ${actor.role} may not read metrics; allowed: admin, or METRICS_TOKEN`,
    );
  }
}
