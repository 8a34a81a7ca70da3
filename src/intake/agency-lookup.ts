import { EntityManager } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { foldSql, foldText } from './text-fold';

/** An agency found by what a report calls it: its name, its short name, or its org number. */
export async function findAgencyByReportedName(
  manager: EntityManager,
  reportedName: string,
  orgNumber: string | null,
): Promise<Agency | null> {
  if (orgNumber) return manager.findOne(Agency, { where: { orgNumber } });
  const folded = foldText(reportedName);
  const rows: { id: string }[] = await manager.query(
    `SELECT a.id FROM agencies a
      WHERE ${foldSql('a.name')} = $1 OR ${foldSql('a.short_name')} = $1
      ORDER BY (${foldSql('a.name')} = $1) DESC, a.name
      LIMIT 1`,
    [folded],
  );
  return rows.length === 0 ? null : manager.findOne(Agency, { where: { id: rows[0].id } });
}

/** A registrar's agency: by org number when given and known, else by name, ignoring case. */
export async function findAgencyForRegistration(
  manager: EntityManager,
  name: string,
  orgNumber: string | null,
): Promise<Pick<Agency, 'id'> | null> {
  const [id] = await findAgenciesForRegistrations(manager, [{ name, orgNumber }]);
  return id === null ? null : { id };
}

/**
 * The agency a registrar's record names, for the rows `q` with `name` and `org_number`
 * (char(11)): by org number when given and known, else by name, ignoring case. Joined, each
 * by its unique index, so that the names are folded once per statement rather than once per
 * row and agency. REGISTRAR_AGENCY_JOINS go after `FROM … q`; REGISTRAR_AGENCY_ID is the id.
 */
export const REGISTRAR_AGENCY_JOINS = `
  LEFT JOIN agencies by_org ON by_org.org_number = q.org_number
  LEFT JOIN agencies by_name ON lower(by_name.name) = lower(q.name)`;
export const REGISTRAR_AGENCY_ID = 'COALESCE(by_org.id, by_name.id)';

/** The same for several registrations in one statement: each one's agency id, or null. */
export async function findAgenciesForRegistrations(
  manager: EntityManager,
  agencies: readonly { name: string; orgNumber: string | null }[],
): Promise<(string | null)[]> {
  const rows: { id: string | null }[] = await manager.query(
    `SELECT ${REGISTRAR_AGENCY_ID} AS id
       FROM unnest($1::text[], $2::char(11)[]) WITH ORDINALITY AS q(name, org_number, position)
       ${REGISTRAR_AGENCY_JOINS}
      ORDER BY q.position`,
    [agencies.map((agency) => agency.name.trim()), agencies.map((agency) => agency.orgNumber)],
  );
  return rows.map((row) => row.id);
}
