import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import { checkIn } from '../database/check-in';

export const LOCAL_AUTHORITY_KINDS = ['municipality', 'region'] as const;
export type LocalAuthorityKind = (typeof LOCAL_AUTHORITY_KINDS)[number];

/** Reference data loaded by a migration: 290 municipalities and 21 regions. */
@Entity({ name: 'local_authorities' })
@Check('chk_local_authorities_kind', checkIn('kind', LOCAL_AUTHORITY_KINDS))
export class LocalAuthority {
  /** SCB code: 4 digits for a municipality, the 2-digit county code for a region. */
  @PrimaryColumn({ type: 'varchar', length: 4 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: LocalAuthorityKind;

  @Column({ name: 'county_code', type: 'char', length: 2 })
  countyCode: string;

  /** The same organisation in its other role (Gotland: municipality 0980 and region 09). */
  @Column({ name: 'same_organisation_as', type: 'varchar', length: 4, nullable: true })
  sameOrganisationAs: string | null;
}
