import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** For @ApiProduces: the media types without parameters. */
export const EXPORT_MEDIA_TYPES = ['text/csv', EXPORT_CONTENT_TYPES.xlsx];

export class ExportFormatDto {
  @ApiProperty({
    enum: EXPORT_FORMATS,
    description: 'csv: UTF-8 with BOM, ";" and CRLF for Swedish Excel; xlsx: typed cells',
  })
  @IsIn(EXPORT_FORMATS)
  format: ExportFormat;
}

const SWEDISH_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `enkater-2025-11-24.csv`: ASCII only, so every client keeps the name as given. */
export function exportFilename(base: string, format: ExportFormat, now: Date): string {
  return `${base}-${SWEDISH_DAY.format(now)}.${format}`;
}

export function attachment(filename: string): string {
  return `attachment; filename="${filename}"`;
}
