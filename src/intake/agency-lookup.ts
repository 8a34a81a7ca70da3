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
  const rows: { id: string }[] = await manager.query(
    `SELECT id FROM agencies
      WHERE ($2::char(11) IS NOT NULL AND org_number = $2) OR lower(name) = lower($1)
      ORDER BY ($2::char(11) IS NOT NULL AND org_number = $2) DESC
      LIMIT 1`,
    [name.trim(), orgNumber],
  );
  return rows[0] ?? null;
}
