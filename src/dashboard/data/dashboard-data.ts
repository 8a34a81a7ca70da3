import type { FlagCode } from '../../flags/flag-codes';

export interface MonthBurden {
  /** 1–12 */
  month: number;
  estimatedHours: number;
  realizedHours: number;
}

export interface AgencyBurden {
  agencyName: string;
  surveys: number;
  estimatedHours: number;
  realizedHours: number;
}

export interface AgencyConsultationShare {
  agencyName: string;
  sent: number;
  consultedBefore: number;
}

export interface FlagCount {
  code: FlagCode;
  open: number;
}

export interface MunicipalityBurden {
  code: string;
  name: string;
  surveys: number;
  estimatedHours: number;
  realizedHours: number;
  /** Realized hours at the configured tariff. */
  costSek: number;
}

export interface DashboardTotals {
  surveys: number;
  estimatedHours: number;
  realizedHours: number;
  costSek: number;
  withdrawnSurveys: number;
  avoidedHours: number;
}

/** Everything the dashboard page shows for one year, in plain numbers (formatted when rendered). */
export interface DashboardData {
  year: number;
  /** Years that can be chosen, newest first; always includes `year`. */
  years: number[];
  tariffSekPerHour: number;
  totals: DashboardTotals;
  months: MonthBurden[];
  topAgencies: AgencyBurden[];
  consultation: AgencyConsultationShare[];
  /** Every flag code, in the order of the domain table, with 0 where none is open. */
  flags: FlagCount[];
  municipalities: MunicipalityBurden[];
}
