import { IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '../../users/password/password-rules';

/** The sign-in form. All optional here: a missing field gets a Swedish page, not a 400. */
export class SignInDto {
  @IsOptional()
  @IsString()
  @MaxLength(320)
  email?: string;

  /** The cap keeps a huge "password" from reaching argon2 (the body limit caps it first). */
  @IsOptional()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  csrfToken?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  next?: string;
}

export class NextQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  next?: string;
}
