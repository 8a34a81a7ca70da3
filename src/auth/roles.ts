export const ROLES = ['admin', 'skr', 'network', 'registrar'] as const;
export type Role = (typeof ROLES)[number];

/** Who made a change: an API key, or the service itself (scheduled jobs, bootstrap). */
export interface Actor {
  keyId: string | null;
  name: string;
  role: Role | 'system';
  /** A registrar key's systems: it reads and writes only their registrations. */
  sourceSystems?: readonly string[];
}

export const SYSTEM_ACTOR: Actor = { keyId: null, name: 'system', role: 'system' };

export function actorLabel(actor: Actor): string {
  return actor.keyId ? `${actor.role}:${actor.name}` : actor.name;
}
