import { attachment, exportFilename } from './export-format';

describe('exportFilename', () => {
  it('dates the file by the Swedish day', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Sweden.
    expect(exportFilename('enkater', 'csv', new Date('2021-12-31T23:30:00Z'))).toBe(
      'enkater-2022-01-01.csv',
    );
  });

  it('makes an attachment header', () => {
    expect(attachment('samrad-2021-04-06.xlsx')).toBe(
      'attachment; filename="samrad-2021-04-06.xlsx"',
    );
  });
});
