import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValidationFailedError } from '../common/errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { preparedQuery } from '../database/prepared-query';
import { LocalAuthoritiesService } from '../local-authorities/local-authorities.service';
import type { LocalAuthority } from '../local-authorities/local-authority.entity';
import { authorityLabel, burdenFigures, monthLabel, type SqlNumber } from './burden-figures';
import {
  AVOIDED_SQL,
  BURDEN_REPORT_SQL,
  type BurdenGrouping,
  burdenParams,
  type BurdenSqlFilter,
  LEDGER_SQL,
} from './burden-sql';
import { LedgerCache } from './ledger-cache';
import { ledgerTotals } from './ledger-totals';
import type {
  AvoidedResponse,
  AvoidedSubtotal,
  BurdenReportResponse,
  BurdenRow,
  LedgerResponse,
} from './burden.response';
import type { AvoidedQueryDto } from './dto/avoided-query.dto';
import type { BurdenQueryDto } from './dto/burden-query.dto';

interface ReportRow {
  is_total: boolean;
  key: string | null;
  label?: string | null;
  surveys: number;
  estimated_minutes: SqlNumber;
  realized_minutes: SqlNumber;
}

interface LedgerRow {
  id: string;
  reference: string;
  title: string;
  status: string;
  /** ISO 8601 in UTC, written by PostgreSQL. */
  sent_at: string | null;
  recipient_scope: string;
  recipient_count: number;
  agency_id: string;
  agency_name: string;
  occurrences: number;
  estimated_minutes: SqlNumber;
  realized_minutes: SqlNumber;
}

interface AvoidedRow {
  id: string;
  reference: string;
  title: string;
  agency_id: string;
  agency_name: string;
  withdrawn_at: Date;
  withdrawn_reason: string | null;
  replaced_by_existing_data: boolean | null;
  recipient_scope: string;
  recipient_count: number;
  estimated_minutes: SqlNumber;
  consultation_outcome: string | null;
  total_surveys: SqlNumber;
  total_estimated_minutes: SqlNumber;
  after_consultation_surveys: SqlNumber;
  after_consultation_minutes: SqlNumber;
  replaced_surveys: SqlNumber;
  replaced_minutes: SqlNumber;
}

/** Runs the burden reports (burden-sql.ts) and maps their rows to the contract. */
@Injectable()
export class BurdenService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly localAuthorities: LocalAuthoritiesService,
    private readonly ledgerCache: LedgerCache,
  ) {}

  get tariffSekPerHour(): number {
    return this.config.tariffSekPerHour;
  }

  async report(query: BurdenQueryDto): Promise<BurdenReportResponse> {
    const filter: BurdenSqlFilter = {
      from: query.from ?? null,
      to: query.to ?? null,
      agencyId: query.agencyId ?? null,
      authority: query.localAuthorityCode ? this.authorityFilter(query.localAuthorityCode) : null,
    };
    const rows = await preparedQuery<ReportRow>(
      this.dataSource,
      `burden_report_${query.groupBy}`,
      BURDEN_REPORT_SQL[query.groupBy],
      burdenParams(filter),
    );
    const total = rows.find((row) => row.is_total);
    return {
      groupBy: query.groupBy,
      rows: rows.filter((row) => !row.is_total).map((row) => this.toRow(query.groupBy, row)),
      totals: {
        surveys: total?.surveys ?? 0,
        ...this.figures(total?.estimated_minutes ?? 0, total?.realized_minutes ?? 0),
      },
      tariffSekPerHour: this.tariffSekPerHour,
    };
  }

  /**
   * The ledger as the UTF-8 JSON the API sends, from LedgerCache while nothing behind it has
   * changed. An unknown code is refused before anything is loaded or kept.
   */
  async ledgerJson(code: string, year: number): Promise<Buffer> {
    const authority = this.localAuthorities.get(code);
    return this.ledgerCache.get(`${authority.code}/${year}`, async () =>
      Buffer.from(JSON.stringify(await this.ledger(authority.code, year))),
    );
  }

  async ledger(code: string, year: number): Promise<LedgerResponse> {
    const authority = this.localAuthorities.get(code);
    const filter: BurdenSqlFilter = {
      from: `${year}-01-01`,
      to: `${year + 1}-01-01`,
      agencyId: null,
      authority: { code: authority.code, kind: authority.kind },
    };
    const rows = await preparedQuery<LedgerRow>(
      this.dataSource,
      'burden_ledger',
      LEDGER_SQL,
      burdenParams(filter),
    );
    const totals = ledgerTotals(rows);
    return {
      localAuthority: {
        code: authority.code,
        name: authority.name,
        label: this.label(authority),
        kind: authority.kind,
        sameOrganisationAs: authority.sameOrganisationAs,
      },
      year,
      items: rows.map((row) => ({
        surveyId: row.id,
        reference: row.reference,
        title: row.title,
        agency: { id: row.agency_id, name: row.agency_name },
        status: row.status,
        sentAt: row.sent_at,
        recipientScope: row.recipient_scope,
        recipientCount: row.recipient_count,
        occurrences: row.occurrences,
        ...this.figures(row.estimated_minutes, row.realized_minutes),
      })),
      totals: {
        surveys: totals.surveys,
        occurrences: totals.occurrences,
        ...this.figures(totals.estimatedMinutes, totals.realizedMinutes),
      },
      tariffSekPerHour: this.tariffSekPerHour,
    };
  }

  async avoided(query: AvoidedQueryDto): Promise<AvoidedResponse> {
    const rows: AvoidedRow[] = await this.dataSource.query(AVOIDED_SQL, [
      query.from ?? null,
      query.to ?? null,
    ]);
    const first = rows[0];
    return {
      items: rows.map((row) => ({
        surveyId: row.id,
        reference: row.reference,
        title: row.title,
        agency: { id: row.agency_id, name: row.agency_name },
        withdrawnAt: row.withdrawn_at.toISOString(),
        withdrawnReason: row.withdrawn_reason,
        replacedByExistingData: row.replaced_by_existing_data,
        afterConsultation: row.consultation_outcome !== null,
        consultationOutcome: row.consultation_outcome,
        recipientScope: row.recipient_scope,
        recipientCount: row.recipient_count,
        ...this.avoidedFigures(1, row.estimated_minutes),
      })),
      totals: {
        ...this.avoidedFigures(first?.total_surveys ?? 0, first?.total_estimated_minutes ?? 0),
        afterConsultation: this.avoidedFigures(
          first?.after_consultation_surveys ?? 0,
          first?.after_consultation_minutes ?? 0,
        ),
        replacedByExistingData: this.avoidedFigures(
          first?.replaced_surveys ?? 0,
          first?.replaced_minutes ?? 0,
        ),
      },
      tariffSekPerHour: this.tariffSekPerHour,
    };
  }

  /** A filter value that names no authority is a client error, not an empty report. */
  private authorityFilter(code: string): BurdenSqlFilter['authority'] {
    const authority = this.localAuthorities.find(code);
    if (!authority) {
      throw new ValidationFailedError(`localAuthorityCode ${code} is not a known code`, [
        {
          field: 'localAuthorityCode',
          problem: `${code} is not a known municipality or region code`,
        },
      ]);
    }
    return { code: authority.code, kind: authority.kind };
  }

  private toRow(groupBy: BurdenGrouping, row: ReportRow): BurdenRow {
    const key = row.key ?? '';
    const figures = {
      surveys: row.surveys,
      ...this.figures(row.estimated_minutes, row.realized_minutes),
    };
    switch (groupBy) {
      case 'local_authority': {
        const authority = this.localAuthorities.get(key);
        return {
          key,
          label: this.label(authority),
          sameOrganisationAs: authority.sameOrganisationAs,
          ...figures,
        };
      }
      case 'month':
        return { key, label: monthLabel(key), ...figures };
      case 'year':
        return { key, label: key, ...figures };
      case 'agency':
        return { key, label: row.label ?? key, ...figures };
    }
  }

  private figures(estimatedMinutes: SqlNumber, realizedMinutes: SqlNumber) {
    return burdenFigures(estimatedMinutes, realizedMinutes, this.tariffSekPerHour);
  }

  private avoidedFigures(surveys: SqlNumber, estimatedMinutes: SqlNumber): AvoidedSubtotal {
    const figures = this.figures(estimatedMinutes, 0);
    return {
      surveys: Number(surveys),
      estimatedHours: figures.estimatedHours,
      costSek: figures.estimatedCostSek,
    };
  }

  private label(authority: LocalAuthority): string {
    return authorityLabel(authority, (code) => this.localAuthorities.find(code));
  }
}
