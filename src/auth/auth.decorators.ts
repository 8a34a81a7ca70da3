import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import { Actor, Role } from './roles';

export const PUBLIC_ROUTE = 'auth:public';
export const ALLOWED_ROLES = 'auth:roles';

/** No key needed: the public lookup, pages, reference data, health. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The roles that may call a route; `admin` may always. Without it any valid key may. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export interface AuthenticatedRequest extends Request {
  actor?: Actor;
  /** When a person's session authenticated the request: the token its writes must carry. */
  sessionCsrfToken?: string;
}

export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  return request.actor;
});
