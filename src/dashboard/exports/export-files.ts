import type { ExportFormat } from '../../exports/export-format';
import type { ExportLink } from '../html/sections/exports';

/** What the dashboard offers for download; each as CSV and as Excel (xlsx). */
export const EXPORT_FILES = {
  enkater: 'Enkäter som skickades',
  'borda-per-kommun': 'Uppgiftsbörda per kommun och region',
  'borda-per-myndighet': 'Uppgiftsbörda per avsändare',
  'borda-per-manad': 'Uppgiftsbörda per månad',
  samrad: 'Samrådsloggen (begärda samråd)',
} as const;

export type ExportFile = keyof typeof EXPORT_FILES;

const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = { csv: 'CSV', xlsx: 'Excel' };

export const EXPORT_PATH = '/dashboard/export';

/** "enkater.csv" → the file and format, or null for anything not offered. */
export function parseExportName(name: string): { file: ExportFile; format: ExportFormat } | null {
  const match = /^([a-z-]+)\.(csv|xlsx)$/.exec(name);
  if (!match || !Object.hasOwn(EXPORT_FILES, match[1])) return null;
  return { file: match[1] as ExportFile, format: match[2] as ExportFormat };
}

export function exportLinks(year: number): ExportLink[] {
  return (Object.keys(EXPORT_FILES) as ExportFile[]).flatMap((file) =>
    (['csv', 'xlsx'] as const).map((format) => ({
      href: `${EXPORT_PATH}/${file}.${format}?ar=${year}`,
      text: `${EXPORT_FILES[file]} ${year} (${FORMAT_NAMES[format]})`,
    })),
  );
}

export const EXPORT_NOTE =
  'Samma filer som API:ts exporter, för det valda året. CSV-filerna har semikolon och ' +
  'teckenkodning för svensk Excel; Excel-filerna har siffror som går att räkna med.';
