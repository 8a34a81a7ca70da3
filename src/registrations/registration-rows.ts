import type { EntityManager } from 'typeorm';
import { parseOrgNumber } from '../common/org-number';
import { valueRows } from '../database/combined-writes';
import type { CreateRegistrationDto } from './dto/create-registration.dto';
import type { RegistrationRow } from './registration.response';

/** What a registration became: its survey and consultation, by which key it was applied. */
export interface AppliedTo {
  input: CreateRegistrationDto;
  surveyId: string;
  consultationId: string | null;
  appliedByKeyId: string | null;
}

const COLUMNS = 12;

/**
 * Saves registrations (a later one with the same sourceSystem + externalId replaces the
 * earlier), in one statement; the rows come back in the order given, with their surveys'
 * references.
 */
export async function saveRegistrations(
  manager: EntityManager,
  registrations: readonly AppliedTo[],
): Promise<RegistrationRow[]> {
  return manager.query(
    `WITH given (position, source_system, external_id, type, registered_at, agency_name,
                 agency_org_number, title, case_number, decision, survey_id, consultation_id,
                 applied_by_key_id) AS (
       SELECT row_number() OVER (), v.* FROM (VALUES ${valueRows(registrations.length, COLUMNS)}) v),
     saved AS (
       INSERT INTO registrations (source_system, external_id, type, registered_at, agency_name,
              agency_org_number, title, case_number, decision, survey_id, consultation_id,
              applied_by_key_id, applied_at)
       SELECT source_system, external_id, type, registered_at::timestamptz, agency_name,
              agency_org_number, title, case_number, decision, survey_id::uuid,
              consultation_id::uuid, applied_by_key_id::uuid, clock_timestamp()
         FROM given ORDER BY position
       ON CONFLICT (source_system, external_id) DO UPDATE SET
              type = EXCLUDED.type, registered_at = EXCLUDED.registered_at,
              agency_name = EXCLUDED.agency_name, agency_org_number = EXCLUDED.agency_org_number,
              title = EXCLUDED.title, case_number = EXCLUDED.case_number,
              decision = EXCLUDED.decision, survey_id = EXCLUDED.survey_id,
              consultation_id = EXCLUDED.consultation_id,
              applied_by_key_id = EXCLUDED.applied_by_key_id, applied_at = EXCLUDED.applied_at
       RETURNING *)
     SELECT saved.*, s.reference AS survey_reference
       FROM saved
       JOIN given ON given.source_system = saved.source_system
                 AND given.external_id = saved.external_id
       JOIN surveys s ON s.id = saved.survey_id
      ORDER BY given.position`,
    registrations.flatMap(({ input, surveyId, consultationId, appliedByKeyId }) => [
      input.sourceSystem,
      input.externalId,
      input.type,
      new Date(input.registeredAt),
      input.agency.name.trim(),
      input.agency.orgNumber ? parseOrgNumber(input.agency.orgNumber) : null,
      input.title.trim(),
      input.caseNumber?.trim() ?? null,
      input.decision ?? null,
      surveyId,
      consultationId,
      appliedByKeyId,
    ]),
  ) as Promise<RegistrationRow[]>;
}

/** Which of these natural keys (sourceSystem, externalId) have a registration already. */
export async function findEarlierRegistrations(
  manager: EntityManager,
  keys: readonly { sourceSystem: string; externalId: string }[],
): Promise<boolean[]> {
  const found = keys.map(() => false);
  const rows: { position: number }[] = await manager.query(
    `SELECT q.position::int AS position
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS q(source_system, external_id, position)
       JOIN registrations r ON r.source_system = q.source_system AND r.external_id = q.external_id`,
    [keys.map((key) => key.sourceSystem), keys.map((key) => key.externalId)],
  );
  for (const row of rows) found[row.position - 1] = true;
  return found;
}

/**
 * For each registration, the agencies of registered surveys it names or may reach: by
 * reference, through its earlier registration, by SKR's case number.
 */
export async function agenciesReached(
  manager: EntityManager,
  inputs: readonly CreateRegistrationDto[],
): Promise<string[][]> {
  const reached = inputs.map((): string[] => []);
  const rows: { position: number; agency_id: string }[] = await manager.query(
    `WITH q AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
              WITH ORDINALITY AS q(source_system, external_id, reference, case_number, position))
     SELECT DISTINCT q.position::int AS position, s.agency_id FROM q
       JOIN surveys s ON s.reference = q.reference
     UNION
     SELECT q.position::int, s.agency_id FROM q
       JOIN registrations r ON r.source_system = q.source_system AND r.external_id = q.external_id
       JOIN surveys s ON s.id = r.survey_id
     UNION
     SELECT q.position::int, s.agency_id FROM q
       JOIN consultations c ON c.skr_case_number = q.case_number
       JOIN surveys s ON s.id = c.survey_id`,
    [
      inputs.map((input) => input.sourceSystem),
      inputs.map((input) => input.externalId),
      inputs.map((input) => input.surveyReference?.toUpperCase() ?? null),
      inputs.map((input) => input.caseNumber?.trim() ?? null),
    ],
  );
  for (const row of rows) reached[row.position - 1].push(row.agency_id);
  return reached;
}
