import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { TextLength } from '../../common/text-length.decorator';
import { LOCAL_AUTHORITY_KINDS, type LocalAuthorityKind } from '../local-authority.entity';

export class LocalAuthorityQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: LOCAL_AUTHORITY_KINDS })
  @IsOptional()
  @IsIn(LOCAL_AUTHORITY_KINDS)
  kind?: LocalAuthorityKind;

  @ApiPropertyOptional({ example: '20', description: 'Two-digit county code' })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'county must be a two-digit county code' })
  county?: string;

  @ApiPropertyOptional({
    example: 'fal',
    description: 'Part of the name, or the start of the code',
  })
  @IsOptional()
  @IsString()
  @TextLength(1, 100)
  q?: string;
}
