import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BurdenService } from '../burden/burden.service';
import { API_PREFIX } from '../common/api-prefix';
import { burdenExportColumns, burdenExportRows } from './burden-export';
import { CONSULTATION_EXPORT_COLUMNS, ConsultationExportSource } from './consultation-export';
import { BurdenExportQueryDto } from './dto/burden-export-query.dto';
import { ConsultationExportQueryDto } from './dto/consultation-export-query.dto';
import { SurveyExportQueryDto } from './dto/survey-export-query.dto';
import { EXPORT_MEDIA_TYPES } from './export-format';
import { streamTable } from './exporter';
import { SURVEY_EXPORT_COLUMNS, SurveyExportSource } from './survey-export';
import { singleBatch } from './table';

/** The file in either format; errors stay JSON, so the media types are the 200's alone. */
const FILE = {
  description: 'The file, as an attachment',
  content: Object.fromEntries(
    EXPORT_MEDIA_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
  ),
};

/**
 * The spreadsheet exports. Registered before the surveys and consultations controllers
 * (ExportsModule comes first in AppModule), so that /surveys/export is not read as a survey id.
 * Any valid key may export.
 */
@ApiTags('exports')
@ApiBearerAuth()
@Controller(API_PREFIX)
export class ExportsController {
  constructor(
    private readonly surveys: SurveyExportSource,
    private readonly consultations: ConsultationExportSource,
    private readonly burden: BurdenService,
  ) {}

  @Get('surveys/export')
  @ApiOperation({
    operationId: 'exportSurveys',
    summary: 'Every survey matching the filters of GET /surveys, as CSV or XLSX',
    description: 'Streamed in batches; one line per survey, by reference.',
  })
  @ApiOkResponse(FILE)
  exportSurveys(@Query() query: SurveyExportQueryDto): Promise<StreamableFile> {
    return streamTable({
      format: query.format,
      filename: 'enkater',
      sheetName: 'Enkäter',
      columns: SURVEY_EXPORT_COLUMNS,
      batches: this.surveys.batches(query),
    });
  }

  @Get('consultations/export')
  @ApiOperation({
    operationId: 'exportConsultations',
    summary: 'The consultation log with the filters of GET /consultations, as CSV or XLSX',
    description: 'Streamed in batches; newest request first.',
  })
  @ApiOkResponse(FILE)
  exportConsultations(@Query() query: ConsultationExportQueryDto): Promise<StreamableFile> {
    return streamTable({
      format: query.format,
      filename: 'samrad',
      sheetName: 'Samråd',
      columns: CONSULTATION_EXPORT_COLUMNS,
      batches: this.consultations.batches(query),
    });
  }

  @Get('burden/export')
  @ApiOperation({
    operationId: 'exportBurden',
    summary: 'The burden report of GET /burden, as CSV or XLSX, with a totals row',
  })
  @ApiOkResponse(FILE)
  async exportBurden(@Query() query: BurdenExportQueryDto): Promise<StreamableFile> {
    const report = await this.burden.report(query);
    return streamTable({
      format: query.format,
      filename: 'svarsborda',
      sheetName: 'Svarsbörda',
      columns: burdenExportColumns(query.groupBy),
      batches: singleBatch(burdenExportRows(report)),
    });
  }
}
