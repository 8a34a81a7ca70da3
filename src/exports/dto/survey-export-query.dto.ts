import { IntersectionType } from '@nestjs/swagger';
import { SurveyFilterDto } from '../../surveys/dto/survey-query.dto';
import { ExportFormatDto } from '../export-format';

/** The filters of GET /surveys, without paging: the export holds every matching survey. */
export class SurveyExportQueryDto extends IntersectionType(SurveyFilterDto, ExportFormatDto) {}
