import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BurdenService } from '../../burden/burden.service';
import type { BurdenRow } from '../../burden/burden.response';
import { FLAG_CODES } from '../../flags/flag-codes';
import { StatisticsService } from '../../statistics/statistics.service';
import type { ConsultationStatisticsRow } from '../../statistics/statistics.response';
import type {
  AgencyBurden,
  AgencyConsultationShare,
  DashboardData,
  MonthBurden,
  MunicipalityBurden,
} from './dashboard-data';
import { OPEN_FLAGS_SQL, YEARS_WITH_DATA_SQL } from './dashboard-sql';
import { monthKey, swedishYear, yearPeriod } from './swedish-calendar';

const TOP = 10;

interface FlagRow {
  code: string;
  open: number;
}

/**
 * The dashboard's figures for a year: burden from the burden reports, consultation shares
 * from the statistics report (so the page and the API agree), open flags and years here.
 */
@Injectable()
export class DashboardDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly burden: BurdenService,
    private readonly statistics: StatisticsService,
  ) {}

  /** Every year with sent surveys, newest first; this year when there are none. */
  async years(): Promise<number[]> {
    const rows: { year: number }[] = await this.dataSource.query(YEARS_WITH_DATA_SQL);
    return rows.length > 0 ? rows.map((row) => row.year) : [swedishYear(new Date())];
  }

  async forYear(year: number, years: readonly number[]): Promise<DashboardData> {
    const period = yearPeriod(year);
    const [byMonth, byAgency, byAuthority, avoided, consultations, flagRows] = await Promise.all([
      this.burden.report({ groupBy: 'month', ...period }),
      this.burden.report({ groupBy: 'agency', ...period }),
      this.burden.report({ groupBy: 'local_authority', ...period }),
      this.burden.avoided(period),
      this.statistics.consultations(period),
      this.dataSource.query<FlagRow[]>(OPEN_FLAGS_SQL, [year]),
    ]);
    const openByCode = new Map(flagRows.map((row) => [row.code, row.open]));
    return {
      year,
      years: years.includes(year) ? [...years] : [...years, year].sort((a, b) => b - a),
      tariffSekPerHour: byAgency.tariffSekPerHour,
      totals: {
        surveys: byAgency.totals.surveys,
        estimatedHours: byAgency.totals.estimatedHours,
        realizedHours: byAgency.totals.realizedHours,
        costSek: byAgency.totals.costSek,
        withdrawnSurveys: avoided.totals.surveys,
        avoidedHours: avoided.totals.estimatedHours,
      },
      months: months(year, byMonth.rows),
      topAgencies: [...byAgency.rows].sort(byEstimatedHours).slice(0, TOP).map(toAgencyBurden),
      consultation: consultations.rows
        .filter((row) => row.agencyKind === 'state_agency' && row.year === year)
        .sort((a, b) => b.surveysSent - a.surveysSent || a.agencyName.localeCompare(b.agencyName))
        .slice(0, TOP)
        .map(toConsultationShare),
      flags: FLAG_CODES.map((code) => ({ code, open: openByCode.get(code) ?? 0 })),
      municipalities: byAuthority.rows
        .filter((row) => isMunicipalityCode(row.key))
        .sort(byEstimatedHours)
        .map(toMunicipalityBurden),
    };
  }
}

/** All twelve months, zero where the report has no row. */
function months(year: number, rows: readonly BurdenRow[]): MonthBurden[] {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return Array.from({ length: 12 }, (_, index) => {
    const row = byKey.get(monthKey(year, index + 1));
    return {
      month: index + 1,
      estimatedHours: row?.estimatedHours ?? 0,
      realizedHours: row?.realizedHours ?? 0,
    };
  });
}

function byEstimatedHours(a: BurdenRow, b: BurdenRow): number {
  return b.estimatedHours - a.estimatedHours || a.label.localeCompare(b.label, 'sv');
}

/** Municipalities have 4-digit codes, regions 2-digit ones. */
function isMunicipalityCode(code: string): boolean {
  return code.length === 4;
}

function toAgencyBurden(row: BurdenRow): AgencyBurden {
  return {
    agencyName: row.label,
    surveys: row.surveys,
    estimatedHours: row.estimatedHours,
    realizedHours: row.realizedHours,
  };
}

function toMunicipalityBurden(row: BurdenRow): MunicipalityBurden {
  return {
    code: row.key,
    name: row.label,
    surveys: row.surveys,
    estimatedHours: row.estimatedHours,
    realizedHours: row.realizedHours,
    costSek: row.costSek,
  };
}

function toConsultationShare(row: ConsultationStatisticsRow): AgencyConsultationShare {
  return {
    agencyName: row.agencyName,
    sent: row.surveysSent,
    consultedBefore: row.consultedBeforeSending,
  };
}
