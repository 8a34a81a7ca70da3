import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { FLAG_STATES, type FlagState } from '../flag.entity';

export class FlagQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: FLAG_STATES })
  @IsOptional()
  @IsIn(FLAG_STATES)
  state?: FlagState;

  @ApiPropertyOptional({ example: 'SENT_WITHOUT_CONSULTATION' })
  @IsOptional()
  @Matches(/^[A-Z_]{3,40}$/, { message: 'code must be a flag code such as HIGH_BURDEN' })
  code?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  surveyId?: string;
}
