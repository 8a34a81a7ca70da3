import { IntersectionType, OmitType } from '@nestjs/swagger';
import { ConsultationQueryDto } from '../../consultations/dto/consultation-query.dto';
import { ExportFormatDto } from '../export-format';

/** The filters of GET /consultations, without paging. */
export class ConsultationExportQueryDto extends IntersectionType(
  OmitType(ConsultationQueryDto, ['limit', 'offset'] as const),
  ExportFormatDto,
) {}
