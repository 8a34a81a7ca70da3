import { EXPORT_FILES, exportLinks, parseExportName } from './export-files';

describe('parseExportName', () => {
  it('reads the file and the format', () => {
    expect(parseExportName('enkater.csv')).toEqual({ file: 'enkater', format: 'csv' });
    expect(parseExportName('borda-per-kommun.xlsx')).toEqual({
      file: 'borda-per-kommun',
      format: 'xlsx',
    });
  });

  it.each(['enkater', 'enkater.pdf', 'okand.csv', 'constructor.csv', '../enkater.csv', ''])(
    'offers nothing for %p',
    (name) => {
      expect(parseExportName(name)).toBeNull();
    },
  );
});

describe('exportLinks', () => {
  it('links every file as CSV and Excel for the year', () => {
    const links = exportLinks(2020);
    expect(links).toHaveLength(Object.keys(EXPORT_FILES).length * 2);
    expect(links[0]).toEqual({
      href: '/dashboard/export/enkater.csv?ar=2020',
      text: 'Enkäter som skickades 2020 (CSV)',
    });
    expect(links[1].text).toBe('Enkäter som skickades 2020 (Excel)');
    for (const link of links)
      expect(parseExportName(link.href.split('/').pop()!.split('?')[0])).not.toBeNull();
  });
});
