import { IsOptional, IsString, MaxLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '../users/password/password-rules';

/** The first-run form. All optional here: a missing field gets a Swedish page, not a 400. */
export class FirstRunDto {
  @IsOptional() @IsString() @MaxLength(100) token?: string;
  @IsOptional() @IsString() @MaxLength(100) csrfToken?: string;
  @IsOptional() @IsString() @MaxLength(200) name?: string;
  @IsOptional() @IsString() @MaxLength(320) email?: string;
  @IsOptional() @IsString() @MaxLength(MAX_PASSWORD_LENGTH) password?: string;
}

export class FirstRunQueryDto {
  @IsOptional() @IsString() @MaxLength(100) token?: string;
}
