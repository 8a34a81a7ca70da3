import { costSek, roundHours } from './burden-rules';

/** Hours and their cost as the reports show them: rounded only here, at presentation. */
export interface BurdenFigures {
  estimatedHours: number;
  realizedHours: number;
  /** What the realized hours cost at the tariff. */
  costSek: number;
  /** What the estimated hours would cost at the tariff. */
  estimatedCostSek: number;
}

/** PostgreSQL sends numeric and bigint as text; sums over no rows arrive as null. */
export type SqlNumber = string | number | null;

export function sqlNumber(value: SqlNumber): number {
  if (value === null) return 0;
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) throw new RangeError(`not a number from SQL: ${value}`);
  return number;
}

/** Minutes summed in SQL become hours and SEK, as `burden-rules` converts them. */
export function burdenFigures(
  estimatedMinutes: SqlNumber,
  realizedMinutes: SqlNumber,
  tariffSekPerHour: number,
): BurdenFigures {
  const estimated = sqlNumber(estimatedMinutes) / 60;
  const realized = sqlNumber(realizedMinutes) / 60;
  return {
    estimatedHours: roundHours(estimated),
    realizedHours: roundHours(realized),
    costSek: roundHours(costSek(realized, tariffSekPerHour)),
    estimatedCostSek: roundHours(costSek(estimated, tariffSekPerHour)),
  };
}

const SWEDISH_MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

/** "2021-04" → "april 2021", as a Swedish reader names the month. */
export function monthLabel(key: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) throw new RangeError(`not a month key: ${key}`);
  return `${SWEDISH_MONTHS[month - 1]} ${match[1]}`;
}

export interface AuthorityNaming {
  code: string;
  name: string;
  kind: 'municipality' | 'region';
  sameOrganisationAs: string | null;
}

/**
 * The name a report shows for a municipality or region. Gotland is one organisation in two
 * roles (municipality 0980, region 09); both rows carry the organisation's name and their role
 * and code, "Region Gotland (kommun 0980)" and "Region Gotland (region 09)", so that a reader
 * sees they belong together while each keeps its own burden.
 */
export function authorityLabel(
  authority: AuthorityNaming,
  find: (code: string) => AuthorityNaming | undefined,
): string {
  if (authority.sameOrganisationAs === null) return authority.name;
  const other = find(authority.sameOrganisationAs);
  const organisation = authority.kind === 'region' || !other ? authority.name : other.name;
  const role = authority.kind === 'municipality' ? 'kommun' : 'region';
  return `${organisation} (${role} ${authority.code})`;
}
