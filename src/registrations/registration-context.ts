import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/roles';
import { ConflictError } from '../common/errors';
import { CreateRegistrationDto } from './dto/create-registration.dto';
import { Registration } from './registration.entity';

/** What an earlier registration with the same natural key pointed to. */
export type EarlierRegistration = Pick<Registration, 'surveyId' | 'consultationId'>;

/** One registration being applied, within the caller's transaction. */
export interface RegistrationContext {
  manager: EntityManager;
  input: CreateRegistrationDto;
  registeredAt: Date;
  earlier: EarlierRegistration | null;
  actor: Actor;
  /** The agency, once looked up (or registered). */
  agencyId?: string;
}

export function nothingToDecide(input: CreateRegistrationDto): ConflictError {
  return new ConflictError(
    `No consultation to decide was found for "${input.title}" (registration ${input.externalId}); ` +
      'register the request first, or give surveyReference or caseNumber',
    'NO_CONSULTATION_TO_DECIDE',
  );
}
