import { IntersectionType } from '@nestjs/swagger';
import { BurdenQueryDto } from '../../burden/dto/burden-query.dto';
import { ExportFormatDto } from '../export-format';

export class BurdenExportQueryDto extends IntersectionType(BurdenQueryDto, ExportFormatDto) {}
