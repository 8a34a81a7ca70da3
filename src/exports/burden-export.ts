import type { BurdenReportResponse, BurdenTotals } from '../burden/burden.response';
import type { BurdenGrouping } from '../burden/burden-sql';
import type { Column } from './table';

export interface BurdenExportRow extends BurdenTotals {
  /** null on the totals row. */
  key: string | null;
  label: string;
}

const GROUP_HEADER: Readonly<Record<BurdenGrouping, [key: string, label: string]>> = {
  agency: ['Myndighetens id', 'Myndighet'],
  local_authority: ['Kod', 'Kommun eller region'],
  month: ['Månad', 'Namn'],
  year: ['År', 'Namn'],
};

export function burdenExportColumns(groupBy: BurdenGrouping): Column<BurdenExportRow>[] {
  const [keyHeader, labelHeader] = GROUP_HEADER[groupBy];
  return [
    { header: keyHeader, type: 'text', width: groupBy === 'agency' ? 38 : 10, value: (r) => r.key },
    { header: labelHeader, type: 'text', width: 36, value: (r) => r.label },
    { header: 'Enkäter', type: 'integer', width: 10, value: (r) => r.surveys },
    { header: 'Beräknad tid (h)', type: 'decimal', width: 16, value: (r) => r.estimatedHours },
    { header: 'Faktisk tid (h)', type: 'decimal', width: 16, value: (r) => r.realizedHours },
    { header: 'Kostnad (kr)', type: 'decimal', width: 16, value: (r) => r.costSek },
    {
      header: 'Beräknad kostnad (kr)',
      type: 'decimal',
      width: 18,
      value: (r) => r.estimatedCostSek,
    },
  ];
}

/** The report's rows and, last, a "Totalt" row with the totals. */
export function burdenExportRows(report: BurdenReportResponse): BurdenExportRow[] {
  return [
    ...report.rows.map((row) => ({
      key: row.key,
      label: row.label,
      surveys: row.surveys,
      estimatedHours: row.estimatedHours,
      realizedHours: row.realizedHours,
      costSek: row.costSek,
      estimatedCostSek: row.estimatedCostSek,
    })),
    { key: null, label: 'Totalt', ...report.totals },
  ];
}
