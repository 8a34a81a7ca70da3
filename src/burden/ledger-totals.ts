import { type SqlNumber, sqlNumber } from './burden-figures';

/** What a ledger row carries that the totals add up: the authority's share of one survey. */
export interface LedgerShare {
  occurrences: number;
  estimated_minutes: SqlNumber;
  realized_minutes: SqlNumber;
}

export interface LedgerSums {
  surveys: number;
  occurrences: number;
  estimatedMinutes: number;
  realizedMinutes: number;
}

/**
 * A ledger's totals: its rows added up in their order. Each row is one survey's share, computed in
 * SQL; summing the thousand or so rows here saves PostgreSQL a second pass over them.
 */
export function ledgerTotals(rows: readonly LedgerShare[]): LedgerSums {
  const sums: LedgerSums = {
    surveys: rows.length,
    occurrences: 0,
    estimatedMinutes: 0,
    realizedMinutes: 0,
  };
  for (const row of rows) {
    sums.occurrences += row.occurrences;
    sums.estimatedMinutes += sqlNumber(row.estimated_minutes);
    sums.realizedMinutes += sqlNumber(row.realized_minutes);
  }
  return sums;
}
