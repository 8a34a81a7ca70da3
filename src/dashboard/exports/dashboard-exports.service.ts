import { Injectable, StreamableFile } from '@nestjs/common';
import { BurdenService } from '../../burden/burden.service';
import type { BurdenGrouping } from '../../burden/burden-sql';
import { burdenExportColumns, burdenExportRows } from '../../exports/burden-export';
import {
  CONSULTATION_EXPORT_COLUMNS,
  ConsultationExportSource,
} from '../../exports/consultation-export';
import type { ExportFormat } from '../../exports/export-format';
import { streamTable } from '../../exports/exporter';
import { SURVEY_EXPORT_COLUMNS, SurveyExportSource } from '../../exports/survey-export';
import { singleBatch } from '../../exports/table';
import { yearPeriod } from '../data/swedish-calendar';
import type { ExportFile } from './export-files';

const BURDEN_FILES: Readonly<Record<string, { groupBy: BurdenGrouping; filename: string }>> = {
  'borda-per-kommun': { groupBy: 'local_authority', filename: 'svarsborda-per-kommun' },
  'borda-per-myndighet': { groupBy: 'agency', filename: 'svarsborda-per-myndighet' },
  'borda-per-manad': { groupBy: 'month', filename: 'svarsborda-per-manad' },
};

/**
 * The API's exports for one year, for a browser that has a dashboard session but no API key
 * to send: the same sources, columns and file formats as /api/v1/…/export.
 */
@Injectable()
export class DashboardExportsService {
  constructor(
    private readonly surveys: SurveyExportSource,
    private readonly consultations: ConsultationExportSource,
    private readonly burden: BurdenService,
  ) {}

  async stream(file: ExportFile, format: ExportFormat, year: number): Promise<StreamableFile> {
    const lastDay = `${year}-12-31`;
    if (file === 'enkater') {
      return streamTable({
        format,
        filename: `enkater-${year}`,
        sheetName: 'Enkäter',
        columns: SURVEY_EXPORT_COLUMNS,
        batches: this.surveys.batches({ sentFrom: `${year}-01-01`, sentTo: lastDay }),
      });
    }
    if (file === 'samrad') {
      return streamTable({
        format,
        filename: `samrad-${year}`,
        sheetName: 'Samråd',
        columns: CONSULTATION_EXPORT_COLUMNS,
        batches: this.consultations.batches({ format, from: `${year}-01-01`, to: lastDay }),
      });
    }
    const { groupBy, filename } = BURDEN_FILES[file];
    const report = await this.burden.report({ groupBy, ...yearPeriod(year) });
    return streamTable({
      format,
      filename: `${filename}-${year}`,
      sheetName: 'Svarsbörda',
      columns: burdenExportColumns(groupBy),
      batches: singleBatch(burdenExportRows(report)),
    });
  }
}
