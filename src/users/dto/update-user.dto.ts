import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsString, Matches } from 'class-validator';
import { TextLength } from '../../common/text-length.decorator';
import { IsOmittable } from '../../common/is-omittable.decorator';
import { MAX_PASSWORD_LENGTH } from '../password/password-rules';

export class UpdateUserDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IsOmittable()
  @IsString()
  @TextLength(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional({ description: 'false deactivates the person and ends their sessions' })
  @IsOmittable()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ maxLength: MAX_PASSWORD_LENGTH, description: 'A new password' })
  @IsOmittable()
  @IsString()
  @TextLength(1, MAX_PASSWORD_LENGTH)
  password?: string;
}
