export const AGENCY_KINDS = [
  'state_agency',
  'committee',
  'riksdag_agency',
  'region',
  'municipality',
  'skr',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** SFS 1982:668 §1: state agencies are bound; committees and agencies under the Riksdag are not. */
export function isBoundByOrdinance(kind: AgencyKind): boolean {
  return kind === 'state_agency';
}
