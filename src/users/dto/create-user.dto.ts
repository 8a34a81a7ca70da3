import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsString, IsUUID, Matches } from 'class-validator';
import { TextLength } from '../../common/text-length.decorator';
import { IsOmittable } from '../../common/is-omittable.decorator';
import { PERSON_ROLES, type PersonRole } from '../../auth/roles';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../password/password-rules';

export class CreateUserDto {
  @ApiProperty({ example: 'Anna Berg', minLength: 1, maxLength: 200 })
  @IsString()
  @TextLength(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name: string;

  @ApiProperty({ example: 'anna.berg@skr.se', description: 'Unique, whatever its case' })
  @IsString()
  @TextLength(3, 320)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email: string;

  @ApiProperty({ enum: PERSON_ROLES })
  @IsIn(PERSON_ROLES)
  role: PersonRole;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for role network, else refused' })
  @IsOmittable()
  @IsUUID()
  networkId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Required for role agency, else refused' })
  @IsOmittable()
  @IsUUID()
  agencyId?: string;

  @ApiPropertyOptional({
    minLength: MIN_PASSWORD_LENGTH,
    maxLength: MAX_PASSWORD_LENGTH,
    description:
      'A first password, until invitations by e-mail exist; refused when common or when it ' +
      'contains the name or e-mail',
  })
  @IsOmittable()
  @IsString()
  @TextLength(1, MAX_PASSWORD_LENGTH)
  password?: string;
}
