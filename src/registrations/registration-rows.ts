import type { EntityManager } from 'typeorm';
import type { AuditRecord } from '../audit/audit.service';
import type { Actor } from '../auth/roles';
import { parseOrgNumber } from '../common/org-number';
import { valueRows } from '../database/combined-writes';
import { REGISTRAR_AGENCY_ID, REGISTRAR_AGENCY_JOINS } from '../intake/agency-lookup';
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

/** A registration's natural key, sourceSystem + externalId, as one text (for its lock). */
export function naturalKey(input: { sourceSystem: string; externalId: string }): string {
  return JSON.stringify([input.sourceSystem, input.externalId]);
}

/** The audit event of a saved registration: created, or updated when its key had one. */
export function registrationEvent(
  actor: Actor,
  row: RegistrationRow,
  registeredAt: Date,
  created: boolean,
): AuditRecord {
  return {
    actor,
    entityType: 'registration',
    entityId: row.id,
    surveyId: row.survey_id,
    action: created ? 'registration.created' : 'registration.updated',
    changes: {
      sourceSystem: row.source_system,
      externalId: row.external_id,
      type: row.type,
      registeredAt: registeredAt.toISOString(),
      consultationId: row.consultation_id,
    },
  };
}

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

/** What a batch chunk's plan asks of each registration (see ChunkLookups in chunk-plan.ts). */
export interface RegistrationFacts {
  earlier: boolean[];
  agencyIds: (string | null)[];
  reaches: string[][];
}

/**
 * For each registration, in one statement: whether a registration with its natural key
 * (sourceSystem, externalId) exists already; its agency, when known; and the agencies of the
 * registered surveys it names or may reach (by reference, through its earlier registration,
 * by SKR's case number).
 */
export async function lookUpRegistrations(
  manager: EntityManager,
  inputs: readonly CreateRegistrationDto[],
): Promise<RegistrationFacts> {
  const rows: { earlier: boolean; agency_id: string | null; reaches: string[] }[] =
    await manager.query(
      `SELECT earlier.survey_id IS NOT NULL AS earlier,
              ${REGISTRAR_AGENCY_ID} AS agency_id,
              ARRAY(SELECT s.agency_id FROM surveys s WHERE s.reference = q.reference
                    UNION
                    SELECT s.agency_id FROM surveys s WHERE s.id = earlier.survey_id
                    UNION
                    SELECT s.agency_id FROM consultations c JOIN surveys s ON s.id = c.survey_id
                     WHERE c.skr_case_number = q.case_number)::text[] AS reaches
         FROM unnest($1::text[], $2::text[], $3::text[], $4::char(11)[], $5::text[], $6::text[])
              WITH ORDINALITY
              AS q(source_system, external_id, name, org_number, reference, case_number, position)
         LEFT JOIN LATERAL (
              SELECT r.survey_id FROM registrations r
               WHERE r.source_system = q.source_system AND r.external_id = q.external_id
               LIMIT 1) earlier ON true
         ${REGISTRAR_AGENCY_JOINS}
        ORDER BY q.position`,
      [
        inputs.map((input) => input.sourceSystem),
        inputs.map((input) => input.externalId),
        inputs.map((input) => input.agency.name.trim()),
        inputs.map((input) =>
          input.agency.orgNumber ? parseOrgNumber(input.agency.orgNumber) : null,
        ),
        inputs.map((input) => input.surveyReference?.toUpperCase() ?? null),
        inputs.map((input) => input.caseNumber?.trim() ?? null),
      ],
    );
  return {
    earlier: rows.map((row) => row.earlier),
    agencyIds: rows.map((row) => row.agency_id),
    reaches: rows.map((row) => row.reaches),
  };
}
