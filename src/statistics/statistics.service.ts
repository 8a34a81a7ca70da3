import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FLAG_SEVERITY, type FlagCode } from '../flags/flag-codes';
import type { StatisticsQueryDto } from './dto/statistics-query.dto';
import { CONSULTATION_STATISTICS_SQL, FLAG_STATISTICS_SQL } from './statistics-sql';
import type {
  ConsultationStatisticsFigures,
  ConsultationStatisticsResponse,
  FlagCount,
  FlagStatisticsResponse,
} from './statistics.response';

interface ConsultationRow {
  is_total: boolean;
  agency_id: string | null;
  agency_name: string | null;
  agency_kind: string | null;
  year: number | null;
  surveys_sent: number;
  consulted_before_sending: number;
  sent_despite_advice: number;
  declined_by_network: number;
  median_days: number | null;
}

interface FlagRow {
  per_code: boolean;
  is_total: boolean;
  month: string | null;
  code: string | null;
  raised: number;
  still_open: number;
  dismissed: number;
}

const EMPTY_FIGURES: ConsultationStatisticsFigures = {
  surveysSent: 0,
  consultedBeforeSending: 0,
  sentDespiteAdvice: 0,
  declinedByNetwork: 0,
  medianDaysFromRequestToSend: null,
};

/** SKR's statistics: one set-based statement per report (statistics-sql.ts). */
@Injectable()
export class StatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async consultations(query: StatisticsQueryDto): Promise<ConsultationStatisticsResponse> {
    const rows: ConsultationRow[] = await this.dataSource.query(CONSULTATION_STATISTICS_SQL, [
      query.from ?? null,
      query.to ?? null,
    ]);
    const total = rows.find((row) => row.is_total);
    return {
      rows: rows
        .filter((row) => !row.is_total)
        .map((row) => ({
          agencyId: row.agency_id ?? '',
          agencyName: row.agency_name ?? '',
          agencyKind: row.agency_kind ?? '',
          year: row.year ?? 0,
          ...figures(row),
        })),
      totals: total ? figures(total) : EMPTY_FIGURES,
    };
  }

  async flags(query: StatisticsQueryDto): Promise<FlagStatisticsResponse> {
    const rows: FlagRow[] = await this.dataSource.query(FLAG_STATISTICS_SQL, [
      query.from ?? null,
      query.to ?? null,
    ]);
    return {
      rows: rows
        .filter((row) => !row.per_code && !row.is_total)
        .map((row) => ({ month: row.month ?? '', ...flagCount(row) })),
      totalsByCode: rows.filter((row) => row.per_code && !row.is_total).map(flagCount),
      total: rows.find((row) => row.is_total)?.raised ?? 0,
    };
  }
}

function figures(row: ConsultationRow): ConsultationStatisticsFigures {
  return {
    surveysSent: row.surveys_sent,
    consultedBeforeSending: row.consulted_before_sending,
    sentDespiteAdvice: row.sent_despite_advice,
    declinedByNetwork: row.declined_by_network,
    medianDaysFromRequestToSend:
      row.median_days === null ? null : Math.round(Number(row.median_days) * 10) / 10,
  };
}

function flagCount(row: FlagRow): FlagCount {
  const code = row.code ?? '';
  return {
    code,
    severity: FLAG_SEVERITY[code as FlagCode] ?? null,
    raised: row.raised,
    stillOpen: row.still_open,
    dismissed: row.dismissed,
  };
}
