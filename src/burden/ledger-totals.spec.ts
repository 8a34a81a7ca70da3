import { ledgerTotals } from './ledger-totals';

describe('ledgerTotals', () => {
  it('adds up the shares of every row, as numbers whatever form SQL gave them in', () => {
    expect(
      ledgerTotals([
        { occurrences: 1, estimated_minutes: 30, realized_minutes: '12.5' },
        { occurrences: 21, estimated_minutes: '630', realized_minutes: 0 },
        { occurrences: 2, estimated_minutes: 1.5, realized_minutes: null },
      ]),
    ).toEqual({ surveys: 3, occurrences: 24, estimatedMinutes: 661.5, realizedMinutes: 12.5 });
  });

  it('is all zero for an authority that received nothing', () => {
    expect(ledgerTotals([])).toEqual({
      surveys: 0,
      occurrences: 0,
      estimatedMinutes: 0,
      realizedMinutes: 0,
    });
  });
});
