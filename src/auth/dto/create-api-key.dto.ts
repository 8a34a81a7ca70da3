import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsString, Matches } from 'class-validator';
import { IsOmittable } from '../../common/is-omittable.decorator';
import { TextLength } from '../../common/text-length.decorator';
import { type Role, ROLES } from '../roles';
import { MAX_SOURCE_SYSTEMS } from '../source-systems';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Diariet, Socialstyrelsen', minLength: 1, maxLength: 200 })
  @IsString()
  @TextLength(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({
    type: [String],
    example: ['diarium-a'],
    maxItems: MAX_SOURCE_SYSTEMS,
    description:
      'Required (at least one) for role registrar, refused for the others: the key reads and ' +
      'writes only registrations whose sourceSystem is one of these',
  })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(MAX_SOURCE_SYSTEMS)
  @IsString({ each: true })
  @TextLength(1, 100, { each: true })
  @Matches(/\S/, { each: true, message: 'each sourceSystems entry must not be blank' })
  sourceSystems?: string[];
}
