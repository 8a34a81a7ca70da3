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

/** The same for several registrations in one statement: each one's agency id, or null. */
export async function findAgenciesForRegistrations(
  manager: EntityManager,
  agencies: readonly { name: string; orgNumber: string | null }[],
): Promise<(string | null)[]> {
  const rows: { position: number; id: string }[] = await manager.query(
    `SELECT q.position::int AS position, found.id
       FROM unnest($1::text[], $2::char(11)[]) WITH ORDINALITY AS q(name, org_number, position)
      CROSS JOIN LATERAL (
            SELECT a.id FROM agencies a
             WHERE (q.org_number IS NOT NULL AND a.org_number = q.org_number)
                OR lower(a.name) = lower(q.name)
             ORDER BY (q.org_number IS NOT NULL AND a.org_number = q.org_number) DESC
             LIMIT 1) found`,
    [agencies.map((agency) => agency.name.trim()), agencies.map((agency) => agency.orgNumber)],
  );
  const ids = agencies.map((): string | null => null);
  for (const row of rows) ids[row.position - 1] = row.id;
  return ids;
}
