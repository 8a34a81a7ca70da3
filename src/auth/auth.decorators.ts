import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
} from '@nestjs/common';
import type { Request } from 'express';
import { ApiErrorResponses } from '../openapi/error-responses';
import { ApiNoKey } from '../openapi/no-key';
import { Actor, Role } from './roles';

export const PUBLIC_ROUTE = 'auth:public';
export const ALLOWED_ROLES = 'auth:roles';

/** No key needed: the public lookup, pages, reference data, health. The document says so too. */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiNoKey());

/**
 * The roles that may call a route; `admin` may always. Without it any valid key may. The
 * document lists them with the 403 that other roles get.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ALLOWED_ROLES, roles),
    ApiErrorResponses({
      status: 403,
      description: `Only for these roles: ${[...new Set(['admin', ...roles])].join(', ')} (FORBIDDEN)`,
    }),
  );

export interface AuthenticatedRequest extends Request {
  actor?: Actor;
  /** When a person's session authenticated the request: the token its writes must carry. */
  sessionCsrfToken?: string;
}

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  return request.actor;
});
