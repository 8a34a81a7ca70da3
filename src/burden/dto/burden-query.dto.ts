import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PeriodQueryDto } from '../../common/period-query.dto';
import type { BurdenGrouping } from '../burden-sql';

export const BURDEN_GROUPINGS: readonly BurdenGrouping[] = [
  'agency',
  'local_authority',
  'month',
  'year',
];

export class BurdenQueryDto extends PeriodQueryDto {
  @ApiProperty({
    enum: BURDEN_GROUPINGS,
    description:
      'agency; local_authority (each recipient carries hours ÷ recipients); month or year ' +
      '(of each occurrence, Swedish time)',
  })
  @IsIn(BURDEN_GROUPINGS)
  groupBy: BurdenGrouping;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only surveys from this agency' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({
    example: '2080',
    description:
      'Only surveys this municipality or region received, and only its share of each ' +
      '(hours ÷ recipients)',
  })
  @IsOptional()
  @Matches(/^\d{2}(\d{2})?$/, {
    message: 'localAuthorityCode must be a 4-digit municipality or 2-digit region code',
  })
  localAuthorityCode?: string;
}
