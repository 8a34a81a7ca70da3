/** Roles of API keys. */
export const ROLES = ['admin', 'skr', 'network', 'registrar'] as const;
export type Role = (typeof ROLES)[number];

/** Roles of people; `agency` people are bound to one agency, `network` people to one network. */
export const PERSON_ROLES = ['admin', 'skr', 'network', 'agency'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** Who made a change: a person, an API key, or the service itself (scheduled jobs, bootstrap). */
export interface Actor {
  keyId: string | null;
  /** Set for a person signed in with a session; then keyId is null. */
  userId?: string | null;
  email?: string;
  name: string;
  role: Role | PersonRole | 'system';
  /** A registrar key's systems: it reads and writes only their registrations. */
  sourceSystems?: readonly string[];
}

export const SYSTEM_ACTOR: Actor = { keyId: null, name: 'system', role: 'system' };

export type ActorType = 'person' | 'key' | 'system';

export function actorType(actor: Actor): ActorType {
  if (actor.userId) return 'person';
  return actor.keyId ? 'key' : 'system';
}

export function actorLabel(actor: Actor): string {
  return actorType(actor) === 'system' ? actor.name : `${actor.role}:${actor.name}`;
}
