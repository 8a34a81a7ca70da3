import { burdenExportColumns, burdenExportRows } from './burden-export';

describe('burden export', () => {
  const figures = {
    estimatedHours: 145,
    realizedHours: 126.5,
    costSek: 75900,
    estimatedCostSek: 87000,
  };
  const report = {
    groupBy: 'year',
    rows: [{ key: '2020', label: '2020', surveys: 1, ...figures }],
    totals: { surveys: 1, ...figures },
    tariffSekPerHour: 600,
  };

  it('ends with a totals row', () => {
    const rows = burdenExportRows(report);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual({ key: null, label: 'Totalt', surveys: 1, ...figures });
  });

  it('names the key column after the grouping, in Swedish', () => {
    expect(burdenExportColumns('local_authority').map((column) => column.header)).toEqual([
      'Kod',
      'Kommun eller region',
      'Enkäter',
      'Beräknad tid (h)',
      'Faktisk tid (h)',
      'Kostnad (kr)',
      'Beräknad kostnad (kr)',
    ]);
    expect(burdenExportColumns('month')[0].header).toBe('Månad');
  });
});
