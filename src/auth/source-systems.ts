import { type FieldProblem, ForbiddenRoleError } from '../common/errors';
import type { Actor, Role } from './roles';

/** Decisions about which registrar systems a key serves, over plain data. */

export const MAX_SOURCE_SYSTEMS = 50;

/**
 * A registrar key must name the systems it serves; no other role has any (an admin reads and
 * writes every system's registrations, skr reads them all).
 */
export function sourceSystemsProblems(
  role: Role,
  sourceSystems: readonly string[] | undefined,
): FieldProblem[] {
  if (role === 'registrar' && (sourceSystems === undefined || sourceSystems.length === 0)) {
    return [{ field: 'sourceSystems', problem: 'is required for a registrar key (at least one)' }];
  }
  if (role !== 'registrar' && sourceSystems !== undefined) {
    return [{ field: 'sourceSystems', problem: `is only for registrar keys, not ${role}` }];
  }
  return [];
}

/** The systems a key is bound to: each once, in the order first given. */
export function distinctSourceSystems(sourceSystems: readonly string[] | undefined): string[] {
  return [...new Set(sourceSystems ?? [])];
}

/** The systems whose registrations the actor may see and change; null: every system. */
export function boundSourceSystems(actor: Actor): readonly string[] | null {
  return actor.role === 'registrar' ? (actor.sourceSystems ?? []) : null;
}

export function mayUseSourceSystem(actor: Actor, sourceSystem: string): boolean {
  const bound = boundSourceSystems(actor);
  return bound === null || bound.includes(sourceSystem);
}

/** 403 unless the actor may read and write the system's registrations. */
export function assertMayUseSourceSystem(actor: Actor, sourceSystem: string): void {
  if (mayUseSourceSystem(actor, sourceSystem)) return;
  throw new ForbiddenRoleError(
    `This key serves the source systems ${(actor.sourceSystems ?? []).join(', ') || '(none)'}, not ${sourceSystem}`,
    [{ field: 'sourceSystem', problem: 'is not one of the source systems of this API key' }],
  );
}
