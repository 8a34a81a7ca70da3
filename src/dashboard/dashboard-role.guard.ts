import { CanActivate, ExecutionContext, ForbiddenException, Injectable } from '@nestjs/common';
import type { SessionRequest } from '../sessions/session.guard';

/** The roles that see the dashboard. */
export const DASHBOARD_ROLES: readonly string[] = ['skr', 'admin'];

/** After PageSessionGuard: the signed-in person must be SKR's or an administrator. */
@Injectable()
export class DashboardRoleGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const role = context.switchToHttp().getRequest<SessionRequest>().personSession?.actor.role;
    if (role && DASHBOARD_ROLES.includes(role)) return true;
    throw new ForbiddenException('The dashboard is for the roles skr and admin');
  }
}
